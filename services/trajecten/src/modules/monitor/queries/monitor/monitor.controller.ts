import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema, IsoDateSchema } from '@wiz/contracts';
import { Operation, Roles } from '@wiz/platform';
import { MonitorCijfersQuery } from '../monitor-cijfers.query';
import { MonitorPerGemeenteQuery } from './monitor-per-gemeente.query';
import { MonitorCijfers, MonitorPerGemeente } from './monitor.response';

const MonitorVraagSchema = z
  .object({ van: IsoDateSchema.optional(), tot: IsoDateSchema.optional(), gemeentecode: GemeentecodeSchema.optional() })
  .strict()
  .refine((v) => !v.van || !v.tot || v.van <= v.tot, { path: ['tot'], message: 'must not be before van' });
class MonitorVraag extends createZodDto(MonitorVraagSchema) {}

/**
 * "20.000 inwoners een stap vooruit" (2023–2027), from the read model's counters, so it answers in milliseconds
 * however many trajecten there are. `van`/`tot` are inclusive days; without them: everything.
 */
@ApiTags('monitor')
@Controller('monitor')
export class MonitorController {
  constructor(
    private readonly query: MonitorCijfersQuery,
    private readonly gemeenten: MonitorPerGemeenteQuery,
  ) {}

  @Get()
  @Roles('monitor', 'beheer', 'consulent')
  @Operation({
    id: 'getMonitor',
    summary: 'Progress toward 20,000 inwoners een stap vooruit, per step, with a monthly series',
    status: 200,
    response: MonitorCijfers,
  })
  monitor(@Query() vraag: MonitorVraag) {
    return this.query.cijfers(vraag);
  }

  @Get('gemeenten')
  @Roles('monitor', 'beheer', 'consulent')
  @Operation({
    id: 'getMonitorPerGemeente',
    summary: 'The monitor’s figures per gemeente over a period',
    status: 200,
    response: MonitorPerGemeente,
  })
  perGemeente(@Query() vraag: MonitorVraag) {
    return this.gemeenten.perGemeente(vraag);
  }
}
