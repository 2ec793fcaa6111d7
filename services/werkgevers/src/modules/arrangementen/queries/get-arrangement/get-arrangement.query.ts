import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, Principal } from '@wiz/platform';
import { SCOPING } from '../../../scoping';

/** An arrangement with its employers and its occupancy: the placements in it that have not ended. */
@Injectable()
export class GetArrangement {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: string, wie: Principal) {
    const [a] = await this.db.query(
      `SELECT a.id, a.naam, a.soort, a.onderwijsinstelling, a.organisatie, a.plaatsen, to_char(a.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(a.einddatum, 'YYYY-MM-DD') AS einddatum,
              (SELECT array_agg(werkgever_id) FROM arrangement_werkgevers w WHERE w.arrangement_id = a.id) AS werkgever_ids,
              (SELECT count(*)::int FROM plaatsingen p WHERE p.arrangement_id = a.id AND p.einddatum IS NULL) AS bezet
         FROM arrangementen a WHERE a.id = $1`,
      [id],
    );
    assertReach(wie, SCOPING.arrangement, 'read', a && [a.organisatie], `Arrangement ${id}`);
    return {
      id: a.id,
      naam: a.naam,
      soort: a.soort,
      werkgeverIds: a.werkgever_ids,
      onderwijsinstelling: a.onderwijsinstelling,
      plaatsen: a.plaatsen,
      startdatum: a.startdatum,
      einddatum: a.einddatum,
      bezet: a.bezet,
    };
  }
}
