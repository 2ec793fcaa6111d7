import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { PlanOnderdeel } from '../plan-onderdeel.response';
import { planTekst } from '../plan-tekst.schema';
import { VoegActieToe } from './voeg-actie-toe.service';

class PlanActieRequest extends createZodDto(
  z
    .object({
      omschrijving: planTekst(2_000),
      eigenaar: planTekst(200).describe("who does it: 'inwoner', 'consulent' or the name of someone else"),
      streefdatum: IsoDateSchema,
    })
    .strict(),
) {}

@ApiTags('plan')
@Controller('trajecten')
export class VoegActieToeController {
  constructor(private readonly useCase: VoegActieToe) {}

  @Post(':id/plan/doelen/:doelId/acties')
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'voegPlanactieToe',
    summary: 'Add an action with an owner and a target date to a goal of the plan (status open)',
    status: 201,
    response: PlanOnderdeel,
    errors: {
      404: 'No such goal in a traject the caller holds, is in the team of, or stands in for.',
      409: 'The traject is closed.',
    },
  })
  voegToe(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('doelId', new ParseUUIDPipe()) doelId: string,
    @Body() body: PlanActieRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(id, doelId, body, wie);
  }
}
