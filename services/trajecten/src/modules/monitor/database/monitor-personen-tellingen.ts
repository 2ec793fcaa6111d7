import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AfspraakbaanPlaatsing } from '@wiz/contracts';
import type { MonitorVraag } from '../domain/monitor-cijfers.type';

export type KansrijkGroep = 'maand' | 'gemeente' | 'doelgroep';

/** `kolom` of table alias `x` inside the asked period and gemeente ($1 van, $2 tot, $3 gemeentecode). */
const binnen = (kolom: string) =>
  `($1::date IS NULL OR ${kolom} >= $1) AND ($2::date IS NULL OR ${kolom} <= $2) AND ($3::text IS NULL OR x.gemeentecode = $3)`;
const params = (v: MonitorVraag) => [v.van ?? null, v.tot ?? null, v.gemeentecode ?? null];
const GROEP: Record<KansrijkGroep, string> = {
  maand: `to_char(x.behaald, 'YYYY-MM')`,
  gemeente: 'x.gemeentecode',
  doelgroep: `unnest(CASE WHEN cardinality(i.doelgroepen) > 0 THEN i.doelgroepen ELSE ARRAY['onbekend'] END)`,
};

/**
 * Counts of distinct persons that per-day counters cannot give (a person with two behaald activities in a period is
 * one): small queries on the per-person projection; per doelgroep, the inwoner's doelgroepen, 'onbekend' without.
 */
@Injectable()
export class MonitorPersoonTellingen {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Distinct persons with a behaald Kansrijk Opleiden in the period (in total, or per group), and the activities. */
  async kansrijk(
    v: MonitorVraag,
    groep?: KansrijkGroep,
  ): Promise<{ groep: string; personen: number; activiteiten: number }[]> {
    const rows = await this.db.query(
      `SELECT ${groep ? GROEP[groep] : `'totaal'`} AS groep, count(DISTINCT x.inwoner_id) AS personen, count(DISTINCT x.activiteit_id) AS activiteiten
         FROM monitor_activiteiten x LEFT JOIN monitor_inwoners i USING (inwoner_id)
        WHERE x.soort = 'kansrijk-opleiden' AND x.behaald IS NOT NULL AND ${binnen('x.behaald')} GROUP BY 1`,
      params(v),
    );
    return rows.map((r: Record<string, string>) => ({
      groep: r.groep,
      personen: Number(r.personen),
      activiteiten: Number(r.activiteiten),
    }));
  }

  /** Per activity soort: distinct persons who started one in the period, and who completed one behaald in it. */
  async perProject(v: MonitorVraag): Promise<{ soort: string; personenGestart: number; personenBehaald: number }[]> {
    const rows = await this.db.query(
      `SELECT x.soort, count(DISTINCT x.inwoner_id) FILTER (WHERE ${binnen('x.gestart')}) AS gestart,
              count(DISTINCT x.inwoner_id) FILTER (WHERE x.behaald IS NOT NULL AND ${binnen('x.behaald')}) AS behaald
         FROM monitor_activiteiten x WHERE (${binnen('x.gestart')}) OR (x.behaald IS NOT NULL AND ${binnen('x.behaald')}) GROUP BY 1 ORDER BY 1`,
      params(v),
    );
    return rows.map((r: Record<string, string>) => ({
      soort: r.soort,
      personenGestart: Number(r.gestart),
      personenBehaald: Number(r.behaald),
    }));
  }

  /** Afspraakbaan placements started up to the peildatum, for afspraakbanenStand (which applies the baseline). */
  async afspraakbanen(peildatum: string, gemeentecode?: string): Promise<AfspraakbaanPlaatsing[]> {
    const rows = await this.db.query(
      `SELECT to_char(startdatum, 'YYYY-MM-DD') AS startdatum, uren_per_week FROM monitor_plaatsingen
        WHERE afspraakbaan AND startdatum <= $1 AND ($2::text IS NULL OR gemeentecode = $2)`,
      [peildatum, gemeentecode ?? null],
    );
    return rows.map((r: { startdatum: string; uren_per_week: string }) => ({
      startdatum: r.startdatum,
      urenPerWeek: Number(r.uren_per_week),
    }));
  }
}
