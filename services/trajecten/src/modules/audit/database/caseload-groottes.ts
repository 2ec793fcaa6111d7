import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Caseloads } from '@wiz/platform';

/**
 * How many active trajecten each consulent holds: the yardstick of the privacy officer's unusual-reading report (a
 * consulent reading far more inwoners than this in a day stands out).
 */
@Injectable()
export class CaseloadGroottes implements Caseloads {
  async grootte(m: EntityManager, gebruikers: readonly string[]): Promise<Map<string, number>> {
    if (gebruikers.length === 0) return new Map();
    const rijen: { consulent: string; n: number }[] = await m.query(
      `SELECT consulent, count(*)::int AS n FROM trajecten
       WHERE status = 'actief' AND consulent = ANY($1::text[]) GROUP BY consulent`,
      [gebruikers],
    );
    return new Map(rijen.map((r) => [r.consulent, r.n]));
  }
}
