import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { planTekst } from '../plan-tekst.schema';
import { LegAkkoordVast } from './leg-akkoord-vast.service';
import { PlanAkkoord } from './leg-akkoord-vast.response';

class PlanAkkoordRequest extends createZodDto(
  z
    .object({
      door: planTekst(200).describe('who agreed, by name (usually the inwoner)'),
      op: IsoDateSchema.describe('the day they agreed'),
    })
    .strict(),
) {}

@ApiTags('plan')
@Controller('trajecten')
export class LegAkkoordVastController {
  constructor(private readonly useCase: LegAkkoordVast) {}

  @Post(':id/plan/akkoord')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'legPlanakkoordVast',
    summary: 'Record the plan as agreed with the inwoner: by whom and on which day (each agreement is kept)',
    status: 201,
    response: PlanAkkoord,
    errors: {
      404: 'No traject with this id that the caller holds, is in the team of, or stands in for.',
      409: 'The traject is closed.',
    },
  })
  legVast(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PlanAkkoordRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(id, body, wie);
  }
}
