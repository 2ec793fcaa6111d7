import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { deelPeriode } from '../domain/periode';

export interface Telling {
  /** The month (YYYY-MM) or the gemeentecode, after what the counts are grouped by. */
  groep: string;
  metriek: string;
  aantal: number;
}

export interface TellingVraag {
  van?: string;
  tot?: string;
  gemeentecode?: string;
}

/**
 * Sums of the monitor's counters over an inclusive period: monthly counters for whole months, daily counters only
 * at the period's edges, so a question costs the same however many trajecten there are.
 */
@Injectable()
export class MonitorTellingen {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async som(vraag: TellingVraag, groepeerOp: 'maand' | 'gemeente'): Promise<Telling[]> {
    const { heleMaanden, losseDagen } = deelPeriode(vraag.van ?? '2000-01-01', vraag.tot ?? '2099-12-31');
    const geen = { van: '9999-01-01', tot: '0001-01-01' }; // an empty range keeps the query's shape
    const [rand1 = geen, rand2 = geen] = losseDagen;
    const maanden = heleMaanden ?? geen;
    const groep = groepeerOp === 'maand' ? `to_char(maand, 'YYYY-MM')` : 'gemeentecode';
    const rows: { groep: string; metriek: string; aantal: string }[] = await this.dataSource.query(
      `SELECT ${groep} AS groep, metriek, sum(aantal) AS aantal FROM (
         SELECT maand, gemeentecode, metriek, aantal FROM monitor_maandtellingen
          WHERE maand BETWEEN $1 AND $2 AND ($7::text IS NULL OR gemeentecode = $7)
         UNION ALL
         SELECT date_trunc('month', dag)::date, gemeentecode, metriek, aantal FROM monitor_tellingen
          WHERE (dag BETWEEN $3 AND $4 OR dag BETWEEN $5 AND $6) AND ($7::text IS NULL OR gemeentecode = $7)
       ) x GROUP BY 1, 2 ORDER BY 1`,
      [maanden.van, maanden.tot, rand1.van, rand1.tot, rand2.van, rand2.tot, vraag.gemeentecode ?? null],
    );
    return rows.map((r) => ({ groep: r.groep, metriek: r.metriek, aantal: Number(r.aantal) }));
  }
}
