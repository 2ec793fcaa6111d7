import { Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Roles } from '../auth/roles.decorator';
import { problemException } from '../http/problem';
import { Operation } from '../http/operation.decorator';
import { BewaartermijnRunner } from './bewaartermijn-runner';

const UitvoeringSchema = z.object({
  id: z.string(),
  status: z.enum(['wachtend', 'bezig', 'klaar', 'mislukt']),
  aangevraagdOp: z.iso.datetime(),
  klaarOp: z.iso.datetime().optional(),
  resultaat: z.record(z.string(), z.number().int()).optional().describe('Records destroyed or anonymised per kind'),
});
class BewaartermijnUitvoering extends createZodDto(UitvoeringSchema) {}

/** Beheer starts the retention run now (the daily run stays scheduled) and follows it. */
@ApiTags('bewaartermijnen')
@Roles('beheer')
@Controller('bewaartermijnen/uitvoeringen')
export class BewaartermijnenController {
  constructor(private readonly runner: BewaartermijnRunner) {}

  @Post()
  @Operation({
    id: 'startBewaartermijnUitvoering',
    summary: 'Run the retention job now: destroy or anonymise what is past its retention period',
    status: 202,
    response: BewaartermijnUitvoering,
  })
  start() {
    return this.runner.vraagAan();
  }

  @Get(':uitvoeringId')
  @Operation({
    id: 'getBewaartermijnUitvoering',
    summary: 'A retention run started on request: its status and, once done, the counts per kind',
    status: 200,
    response: BewaartermijnUitvoering,
    errors: { 404: 'No run with this id (kept for the last 100 runs).' },
  })
  async get(@Param('uitvoeringId', new ParseUUIDPipe()) id: string) {
    const uitvoering = await this.runner.uitvoering(id);
    if (!uitvoering) throw problemException(404, 'No retention run with this id.');
    return uitvoering;
  }
}
