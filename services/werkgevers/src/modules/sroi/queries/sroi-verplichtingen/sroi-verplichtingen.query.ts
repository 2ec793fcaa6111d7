import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SroiDoelgroep, sroiVoortgang } from '../../domain';
import { WERKGEVERS_CONFIG, WerkgeversConfig } from '../../../../config/werkgevers-config';

interface Filter {
  id?: string;
  werkgeverId?: string;
  /** Only this organisation's obligations (`listedOrganisation`); null: every organisation's. */
  organisatie: string | null;
  /** The day progress is realised up to. */
  peildatum: string;
}

/**
 * SROI obligations with their progress: placements valued by bouwblok, in integer cents; one whose doelgroep is
 * unknown (onbevestigd) at the lowest bouwblok, shown apart in `voortgang.doelgroepOnbevestigd`. One query for the
 * obligations and one for their placements, so a list costs the same two queries as a single obligation.
 */
@Injectable()
export class SroiVerplichtingenQuery {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(WERKGEVERS_CONFIG) private readonly config: WerkgeversConfig,
  ) {}

  async zoek(filter: Filter) {
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT s.id, s.werkgever_id, w.naam AS werkgever_naam, s.opdracht, s.opdrachtwaarde_centen::text, s.percentage::text,
              to_char(s.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(s.einddatum, 'YYYY-MM-DD') AS einddatum
         FROM sroi_verplichtingen s JOIN werkgevers w ON w.id = s.werkgever_id
        WHERE ($1::uuid IS NULL OR s.id = $1) AND ($2::uuid IS NULL OR s.werkgever_id = $2) AND ($3::text IS NULL OR s.organisatie = $3)
        ORDER BY s.einddatum DESC, s.opdracht LIMIT 500`,
      [filter.id ?? null, filter.werkgeverId ?? null, filter.organisatie],
    );
    const plaatsingen: Record<string, string | null>[] = await this.db.query(
      `SELECT sroi_verplichting_id AS verplichting, sroi_doelgroep AS doelgroep, uren_per_week::text AS uren, to_char(startdatum, 'YYYY-MM-DD') AS startdatum,
              to_char(einddatum, 'YYYY-MM-DD') AS einddatum FROM plaatsingen WHERE sroi_verplichting_id = ANY($1::uuid[])`,
      [rows.map((v) => v.id)],
    );
    return rows.map((v) => {
      const verplichting = {
        opdrachtwaardeCenten: Number(v.opdrachtwaarde_centen),
        percentage: Number(v.percentage),
        startdatum: v.startdatum,
        einddatum: v.einddatum,
      };
      const eigen = plaatsingen.filter((p) => p.verplichting === v.id);
      const voortgang = sroiVoortgang(
        verplichting,
        eigen.map((p) => ({
          doelgroep: p.doelgroep as SroiDoelgroep | null,
          urenPerWeek: Number(p.uren),
          startdatum: p.startdatum!,
          einddatum: p.einddatum,
        })),
        this.config.bouwblokken,
        filter.peildatum,
      );
      return {
        id: v.id,
        werkgeverId: v.werkgever_id,
        werkgeverNaam: v.werkgever_naam,
        opdracht: v.opdracht,
        ...verplichting,
        voortgang,
      };
    });
  }
}
