import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertReach, listedOrganisation, Principal } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import {
  NIET_BEPERKT,
  PLAATSING_EIGENAARS,
} from '../../../plaatsingen/queries/plaatsingen-lijst/plaatsingen-lijst.query';
import { ARRANGEMENT_KOLOMMEN, arrangementView } from '../arrangement-view';

/**
 * An arrangement with its employers, its occupancy (the placements in it that have not ended, counted for the
 * whole region: a number without persons) and the placements in it that the caller may see.
 */
@Injectable()
export class GetArrangement {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(id: string, wie: Principal) {
    const [a] = await this.db.query(`SELECT ${ARRANGEMENT_KOLOMMEN} FROM arrangementen a WHERE a.id = $1`, [id]);
    assertReach(wie, SCOPING.arrangement, 'read', a && [a.organisatie], `Arrangement ${id}`);
    const plaatsingen = await this.db.query(
      `SELECT p.id, p.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam", v.titel AS "vacatureTitel",
              to_char(p.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(p.einddatum, 'YYYY-MM-DD') AS einddatum, p.eind_reden AS "eindReden",
              p.eind_reden_code AS "eindRedenCode"
         FROM plaatsingen p JOIN werkgevers w ON w.id = p.werkgever_id LEFT JOIN vacatures v ON v.id = p.vacature_id
        WHERE p.arrangement_id = $1 AND ($2::text IS NULL OR $2 = ANY(${PLAATSING_EIGENAARS})) AND ${NIET_BEPERKT}
        ORDER BY p.startdatum DESC, p.created_at DESC, p.id`,
      [id, listedOrganisation(wie, SCOPING.plaatsing.read)],
    );
    return { ...arrangementView(a), plaatsingen };
  }
}
