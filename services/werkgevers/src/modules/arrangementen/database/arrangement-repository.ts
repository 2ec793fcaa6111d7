import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Arrangementenregister } from '../arrangementenregister.port';

export interface NieuwArrangementRij {
  id: string;
  naam: string;
  soort: string;
  werkgeverIds: readonly string[];
  onderwijsinstelling: string | null;
  plaatsen: number;
  startdatum: string;
  einddatum: string;
  organisatie: string;
}

/** The arrangement aggregate: a deal with employers (arrangement_werkgevers) and a school (table arrangementen). */
@Injectable()
export class ArrangementRepository implements Arrangementenregister {
  async voegToe(m: EntityManager, a: NieuwArrangementRij): Promise<void> {
    await m.query(
      'INSERT INTO arrangementen (id, naam, soort, onderwijsinstelling, plaatsen, startdatum, einddatum, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [a.id, a.naam, a.soort, a.onderwijsinstelling, a.plaatsen, a.startdatum, a.einddatum, a.organisatie],
    );
    await m.query('INSERT INTO arrangement_werkgevers (arrangement_id, werkgever_id) SELECT $1, unnest($2::uuid[])', [
      a.id,
      a.werkgeverIds,
    ]);
  }

  async bestaat(m: EntityManager, arrangementId: string): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM arrangementen WHERE id = $1', [arrangementId]);
    return rows.length > 0;
  }
}
