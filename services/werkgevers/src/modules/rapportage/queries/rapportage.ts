import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { afspraakbaanEenheden } from '../domain';

export interface Rapportage {
  van: string;
  tot: string;
  plaatsingen: number;
  sroiPlaatsingen: number;
  afspraakbanenCumulatief: number;
  afspraakbaanEenheden: number;
  perSector: { sector: string; plaatsingen: number }[];
  perArrangement: { arrangementId: string; naam: string; plaatsen: number; plaatsingen: number; bezet: number }[];
}

/**
 * The employer teams' figures for a period: placements started in it (and how many count for SROI), and the
 * afspraakbanen standing on its last day — in heads and in national 25.5-hour job units — as the banenafspraak
 * counts them cumulatively. Per sector (SBI division: the first two digits) and per arrangement.
 */
@Injectable()
export class RapportageQuery {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async voor(van: string, tot: string): Promise<Rapportage> {
    const [totaal] = await this.db.query(
      `SELECT count(*)::int AS plaatsingen, count(sroi_verplichting_id)::int AS sroi FROM plaatsingen WHERE startdatum BETWEEN $1 AND $2`, [van, tot],
    );
    const afspraakbanen: { uren: string }[] = await this.db.query(
      `SELECT uren_per_week::text AS uren FROM plaatsingen WHERE afspraakbaan AND startdatum <= $1 AND (einddatum IS NULL OR einddatum >= $1)`, [tot],
    );
    const perSector = await this.db.query(
      `SELECT coalesce(left(w.sbi_code, 2), 'onbekend') AS sector, count(*)::int AS plaatsingen
         FROM plaatsingen p JOIN werkgevers w ON w.id = p.werkgever_id WHERE p.startdatum BETWEEN $1 AND $2 GROUP BY 1 ORDER BY 1`,
      [van, tot],
    );
    const perArrangement = await this.db.query(
      `SELECT a.id AS "arrangementId", a.naam, a.plaatsen,
              count(p.id) FILTER (WHERE p.startdatum BETWEEN $1 AND $2)::int AS plaatsingen,
              count(p.id) FILTER (WHERE p.einddatum IS NULL)::int AS bezet
         FROM arrangementen a LEFT JOIN plaatsingen p ON p.arrangement_id = a.id GROUP BY a.id ORDER BY a.naam`,
      [van, tot],
    );
    return {
      van, tot,
      plaatsingen: totaal.plaatsingen,
      sroiPlaatsingen: totaal.sroi,
      afspraakbanenCumulatief: afspraakbanen.length,
      afspraakbaanEenheden: afspraakbaanEenheden(afspraakbanen.map((a) => Number(a.uren))),
      perSector,
      perArrangement,
    };
  }
}
