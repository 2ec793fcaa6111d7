import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { problemException } from '@wiz/platform';
import type { ImportVeldFout, KostenregelInvoer } from '../domain';

const BATCH = 5_000;

/** Per regeling code, the cost kinds it allows: what only the database knows about a line. */
export type Regelingen = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Stores cost lines after checking what only the database knows: the scheme exists and allows the cost kind. Each
 * line belongs to the organisation that recorded it (SCOPING.kostenregel).
 */
@Injectable()
export class KostenregelOpslag {
  /** The registered regelingen (all of them, or those with these codes). */
  async regelingen(m: EntityManager, codes?: readonly string[]): Promise<Regelingen> {
    const rijen: { code: string; kostensoorten: string[] }[] = codes
      ? await m.query('SELECT code, kostensoorten FROM regelingen WHERE code = ANY($1)', [codes])
      : await m.query('SELECT code, kostensoorten FROM regelingen');
    return new Map(rijen.map((r) => [r.code, new Set(r.kostensoorten)]));
  }

  /** What is wrong with a line given the regelingen: an unknown scheme, or a cost kind it does not allow. */
  fouten(regelingen: Regelingen, r: KostenregelInvoer): ImportVeldFout[] {
    const toegestaan = regelingen.get(r.regelingCode);
    if (!toegestaan) return [{ veld: 'regelingCode', melding: `unknown regeling ${r.regelingCode}` }];
    if (!toegestaan.has(r.soort))
      return [{ veld: 'soort', melding: `regeling ${r.regelingCode} has no cost kind ${r.soort}` }];
    return [];
  }

  /** Checks and stores lines given one by one (400 naming the field); returns their ids. */
  async bewaar(m: EntityManager, regels: readonly KostenregelInvoer[], organisatie: string): Promise<string[]> {
    const regelingen = await this.regelingen(m, [...new Set(regels.map((r) => r.regelingCode))]);
    const fouten = regels
      .flatMap((r) => this.fouten(regelingen, r))
      .map((f) => ({ field: f.veld, message: f.melding }));
    if (fouten.length)
      throw problemException(
        400,
        `${fouten.length} cost line field${fouten.length === 1 ? ' is' : 's are'} invalid; nothing was stored.`,
        { errors: fouten.slice(0, 1_000) },
      );
    return this.voegIn(m, regels, organisatie);
  }

  /** Inserts checked lines in batches of unnest arrays (one statement per 5,000 lines); returns their ids. */
  async voegIn(m: EntityManager, regels: readonly KostenregelInvoer[], organisatie: string): Promise<string[]> {
    const ids = regels.map(() => randomUUID());
    for (let start = 0; start < regels.length; start += BATCH) {
      const deel = regels.slice(start, start + BATCH);
      await m.query(
        `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, bewijsstuk, uren, uurtarief_centen, organisatie)
         SELECT *, $11 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::bigint[], $6::date[], $7::text[], $8::text[], $9::numeric[], $10::bigint[])`,
        [
          ids.slice(start, start + BATCH),
          deel.map((r) => r.regelingCode),
          deel.map((r) => r.inwonerId ?? null),
          deel.map((r) => r.soort),
          deel.map((r) => r.bedragCenten),
          deel.map((r) => r.datum),
          deel.map((r) => r.omschrijving),
          deel.map((r) => r.bewijsstuk ?? null),
          deel.map((r) => r.uren ?? null),
          deel.map((r) => r.uurtariefCenten ?? null),
          organisatie,
        ],
      );
    }
    return ids;
  }
}
