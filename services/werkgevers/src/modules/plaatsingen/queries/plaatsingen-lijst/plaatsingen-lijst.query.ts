import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { limietEnBegin, pagina, type Paginering } from '@wiz/contracts';
import { beperktSql, VANDAAG_SQL } from '@wiz/platform';
import { urenOpSql } from '../../uren-op.sql';
import type { PlaatsingInLijst } from './plaatsingen-lijst.response';

export interface PlaatsingenFilter extends Paginering {
  werkgeverId?: string;
  vacatureId?: string;
  /** Only placements this organisation owns (placed, or of its traject); null: all. */
  organisatie: string | null;
}

/** A placement's owners (of `plaatsingen p`): the organisation that placed the person and the one whose traject it is. */
export const PLAATSING_EIGENAARS = `ARRAY[p.organisatie, (SELECT k.organisatie FROM kandidaten k WHERE k.traject_id = p.traject_id)]`;

/** Placements of an inwoner whose processing is restricted (AVG art. 18) are left out of every list. */
export const NIET_BEPERKT = `NOT ${beperktSql('p.inwoner_id')}`;

const KOLOMMEN = `p.id, p.traject_id AS "trajectId", p.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam", p.vacature_id AS "vacatureId",
  v.titel AS "vacatureTitel", p.arrangement_id AS "arrangementId", p.sroi_verplichting_id AS "sroiVerplichtingId", p.sroi_doelgroep AS "sroiDoelgroep",
  p.sroi_doelgroep_status AS "sroiDoelgroepStatus",
  to_char(p.startdatum, 'YYYY-MM-DD') AS startdatum, p.uren_per_week::float AS "urenPerWeek",
  ${urenOpSql(VANDAAG_SQL)}::float AS "actueleUrenPerWeek", p.contractvorm, p.afspraakbaan,
  to_char(p.einddatum, 'YYYY-MM-DD') AS einddatum, p.eind_reden AS "eindReden",
  p.eind_reden_code AS "eindRedenCode"`;

/**
 * The read model of placements for lists: with the employer's name, the vacancy's title and the hours in force
 * today, newest start first, paged.
 */
@Injectable()
export class PlaatsingenLijst {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async pagina(f: PlaatsingenFilter) {
    const where = `($1::uuid IS NULL OR p.werkgever_id = $1) AND ($2::uuid IS NULL OR p.vacature_id = $2)
      AND ($3::text IS NULL OR $3 = ANY(${PLAATSING_EIGENAARS})) AND ${NIET_BEPERKT}`;
    const params = [f.werkgeverId ?? null, f.vacatureId ?? null, f.organisatie];
    const [{ totaal }] = await this.db.query(
      `SELECT count(*)::int AS totaal FROM plaatsingen p WHERE ${where}`,
      params,
    );
    const items: PlaatsingInLijst[] = await this.db.query(
      `SELECT ${KOLOMMEN} FROM plaatsingen p JOIN werkgevers w ON w.id = p.werkgever_id LEFT JOIN vacatures v ON v.id = p.vacature_id
        WHERE ${where} ORDER BY p.startdatum DESC, p.created_at DESC, p.id LIMIT $4 OFFSET $5`,
      [...params, ...limietEnBegin(f)],
    );
    return pagina(items, f, totaal);
  }
}
