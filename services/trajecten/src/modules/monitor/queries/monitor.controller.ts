import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { GemeentecodeSchema, IsoDateSchema, STAPPEN } from '@wiz/contracts';
import { Roles } from '@wiz/platform';
import { deelPeriode } from '../domain/periode';

export const DOEL = 20_000;

const MonitorVraagSchema = z
  .object({ van: IsoDateSchema.optional(), tot: IsoDateSchema.optional(), gemeentecode: GemeentecodeSchema.optional() })
  .strict()
  .refine((v) => !v.van || !v.tot || v.van <= v.tot, { path: ['tot'], message: 'must not be before van' });
class MonitorVraag extends createZodDto(MonitorVraagSchema) {}

/**
 * "20.000 inwoners een stap vooruit" (2023–2027). Sums of counters from the read model (monthly for whole months,
 * daily at the edges of the period), so it answers in milliseconds however many trajecten there are. `van`/`tot`
 * are inclusive days; without them: everything.
 */
@ApiTags('monitor')
@Controller('monitor')
export class MonitorController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('monitor', 'beheer', 'consulent')
  @ApiOperation({ summary: 'Progress toward 20,000 inwoners een stap vooruit, per step, with a monthly series' })
  @ApiOkResponse({ description: '{ doel, inwonersEenStapVooruit, gestarteTrajecten, perStap, kansrijkOpleiden, plaatsingen, duurzamePlaatsingen, perMaand }' })
  async monitor(@Query() vraag: MonitorVraag) {
    const { heleMaanden, losseDagen } = deelPeriode(vraag.van ?? '2000-01-01', vraag.tot ?? '2099-12-31');
    const geen = { van: '9999-01-01', tot: '0001-01-01' }; // an empty range keeps the query's shape
    const [rand1 = geen, rand2 = geen] = losseDagen;
    const maanden = heleMaanden ?? geen;
    const rows: { maand: string; metriek: string; aantal: string }[] = await this.dataSource.query(
      `SELECT to_char(maand, 'YYYY-MM') AS maand, metriek, sum(aantal) AS aantal FROM (
         SELECT maand, metriek, aantal FROM monitor_maandtellingen
          WHERE maand BETWEEN $1 AND $2 AND ($7::text IS NULL OR gemeentecode = $7)
         UNION ALL
         SELECT date_trunc('month', dag)::date, metriek, aantal FROM monitor_tellingen
          WHERE (dag BETWEEN $3 AND $4 OR dag BETWEEN $5 AND $6) AND ($7::text IS NULL OR gemeentecode = $7)
       ) x GROUP BY 1, 2 ORDER BY 1`,
      [maanden.van, maanden.tot, rand1.van, rand1.tot, rand2.van, rand2.tot, vraag.gemeentecode ?? null],
    );
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(r.metriek, (totals.get(r.metriek) ?? 0) + Number(r.aantal));
    const n = (metriek: string) => totals.get(metriek) ?? 0;
    const perMaand = new Map<string, Record<string, number>>();
    for (const m of rows) perMaand.set(m.maand, { ...perMaand.get(m.maand), [m.metriek]: Number(m.aantal) });
    return {
      doel: DOEL,
      inwonersEenStapVooruit: n('vooruit'),
      gestarteTrajecten: n('gestart'),
      perStap: Object.fromEntries(STAPPEN.map((s) => [s, n(`vooruit:${s}`)])),
      kansrijkOpleiden: n('kansrijk-opleiden'),
      plaatsingen: n('plaatsing'),
      duurzamePlaatsingen: n('duurzame-plaatsing'),
      perMaand: [...perMaand].map(([maand, c]) => ({
        maand, inwonersEenStapVooruit: c.vooruit ?? 0, gestarteTrajecten: c.gestart ?? 0, plaatsingen: c.plaatsing ?? 0, duurzamePlaatsingen: c['duurzame-plaatsing'] ?? 0,
      })),
    };
  }
}
