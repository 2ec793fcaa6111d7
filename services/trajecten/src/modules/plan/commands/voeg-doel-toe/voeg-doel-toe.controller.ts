import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { PlanOnderdeel } from '../plan-onderdeel.response';
import { planTekst } from '../plan-tekst.schema';
import { VoegDoelToe } from './voeg-doel-toe.service';

class PlanDoelRequest extends createZodDto(
  z.object({ omschrijving: planTekst(2_000), streefdatum: IsoDateSchema.optional() }).strict(),
) {}

@ApiTags('plan')
@Controller('trajecten')
export class VoegDoelToeController {
  constructor(private readonly useCase: VoegDoelToe) {}

  @Post(':id/plan/doelen')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'voegPlandoelToe',
    summary: "Add a goal to the traject's plan (status open)",
    status: 201,
    response: PlanOnderdeel,
    errors: {
      404: 'No traject with this id that the caller holds, is in the team of, or stands in for.',
      409: 'The traject is closed.',
    },
  })
  voegToe(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PlanDoelRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(id, body, wie);
  }
}
