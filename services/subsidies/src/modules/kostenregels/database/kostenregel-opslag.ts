import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FieldError, problemException } from '@wiz/platform';
import type { KostenregelInvoer } from '../domain';

const BATCH = 5_000;

/**
 * Stores cost lines after checking what only the database knows: the scheme exists and allows the cost kind. Each
 * line belongs to the organisation that recorded it (SCOPING.kostenregel).
 */
@Injectable()
export class KostenregelOpslag {
  async bewaar(m: EntityManager, regels: readonly KostenregelInvoer[], veld: (i: number, naam: string) => string, organisatie: string): Promise<string[]> {
    const codes = [...new Set(regels.map((r) => r.regelingCode))];
    const regelingen: { code: string; kostensoorten: string[] }[] = await m.query('SELECT code, kostensoorten FROM regelingen WHERE code = ANY($1)', [codes]);
    const soorten = new Map(regelingen.map((r) => [r.code, new Set(r.kostensoorten)]));
    const fouten: FieldError[] = [];
    regels.forEach((r, i) => {
      const toegestaan = soorten.get(r.regelingCode);
      if (!toegestaan) fouten.push({ field: veld(i, 'regelingCode'), message: `unknown regeling ${r.regelingCode}` });
      else if (!toegestaan.has(r.soort)) fouten.push({ field: veld(i, 'soort'), message: `regeling ${r.regelingCode} has no cost kind ${r.soort}` });
    });
    if (fouten.length) throw problemException(400, `${fouten.length} cost line field${fouten.length === 1 ? ' is' : 's are'} invalid; nothing was stored.`, { errors: fouten.slice(0, 1_000) });
    const ids = regels.map(() => randomUUID());
    for (let start = 0; start < regels.length; start += BATCH) {
      const deel = regels.slice(start, start + BATCH);
      await m.query(
        `INSERT INTO kostenregels (id, regeling_code, inwoner_id, soort, bedrag_centen, datum, omschrijving, bewijsstuk, uren, uurtarief_centen, organisatie)
         SELECT *, $11 FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::bigint[], $6::date[], $7::text[], $8::text[], $9::numeric[], $10::bigint[])`,
        [
          ids.slice(start, start + BATCH), deel.map((r) => r.regelingCode), deel.map((r) => r.inwonerId ?? null), deel.map((r) => r.soort),
          deel.map((r) => r.bedragCenten), deel.map((r) => r.datum), deel.map((r) => r.omschrijving), deel.map((r) => r.bewijsstuk ?? null),
          deel.map((r) => r.uren ?? null), deel.map((r) => r.uurtariefCenten ?? null), organisatie,
        ],
      );
    }
    return ids;
  }
}
