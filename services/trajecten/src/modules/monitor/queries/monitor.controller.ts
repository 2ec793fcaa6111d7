import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { GemeentecodeSchema, IsoDateSchema, STAPPEN } from '@wiz/contracts';
import { Roles } from '@wiz/platform';

export const DOEL = 20_000;

const MonitorVraagSchema = z
  .object({ van: IsoDateSchema.optional(), tot: IsoDateSchema.optional(), gemeentecode: GemeentecodeSchema.optional() })
  .strict()
  .refine((v) => !v.van || !v.tot || v.van <= v.tot, { path: ['tot'], message: 'must not be before van' });
class MonitorVraag extends createZodDto(MonitorVraagSchema) {}

/**
 * "20.000 inwoners een stap vooruit" (2023–2027). Sums of per-day counters from the read model, so it answers in
 * milliseconds however many trajecten there are. `van`/`tot` are inclusive days; without them: everything.
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
    const params = [vraag.van ?? '0001-01-01', vraag.tot ?? '9999-12-31', vraag.gemeentecode ?? null];
    const filter = 'dag BETWEEN $1 AND $2 AND ($3::text IS NULL OR gemeentecode = $3)';
    const totals: { metriek: string; aantal: string }[] = await this.dataSource.query(
      `SELECT metriek, sum(aantal) AS aantal FROM monitor_tellingen WHERE ${filter} GROUP BY metriek`, params,
    );
    const months: { maand: string; metriek: string; aantal: string }[] = await this.dataSource.query(
      `SELECT to_char(date_trunc('month', dag), 'YYYY-MM') AS maand, metriek, sum(aantal) AS aantal
         FROM monitor_tellingen WHERE ${filter} AND metriek IN ('vooruit', 'gestart', 'plaatsing', 'duurzame-plaatsing') GROUP BY 1, 2 ORDER BY 1`,
      params,
    );
    const n = (metriek: string) => Number(totals.find((t) => t.metriek === metriek)?.aantal ?? 0);
    const perMaand = new Map<string, Record<string, number>>();
    for (const m of months) perMaand.set(m.maand, { ...perMaand.get(m.maand), [m.metriek]: Number(m.aantal) });
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
