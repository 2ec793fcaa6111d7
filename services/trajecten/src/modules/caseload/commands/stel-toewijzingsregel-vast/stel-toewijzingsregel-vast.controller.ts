import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OrganisatieSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { ZodParamPipe } from '../param.pipe';
import { StelToewijzingsregelVast } from './stel-toewijzingsregel-vast.service';
import { ToewijzingsregelAntwoord, ToewijzingsregelRequest } from './toewijzingsregel.schema';

@ApiTags('caseload')
@Controller('toewijzingsregels')
export class StelToewijzingsregelVastController {
  constructor(private readonly useCase: StelToewijzingsregelVast) {}

  @Put(':organisatie')
  @Roles('teamleider', 'beheer')
  @Operation({
    id: 'stelToewijzingsregelVast',
    summary: "Set how the organisation's new trajecten get their consulent (none set: unassigned)",
    status: 200,
    response: ToewijzingsregelAntwoord,
    errors: { 404: 'An organisation the caller may not manage.' },
  })
  stelVast(
    @Param('organisatie', new ZodParamPipe('organisatie', OrganisatieSchema)) organisatie: string,
    @Body() body: ToewijzingsregelRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute(
      { organisatie, regel: body.regel, team: body.team ?? null, consulent: body.consulent ?? null },
      wie,
    );
  }
}
