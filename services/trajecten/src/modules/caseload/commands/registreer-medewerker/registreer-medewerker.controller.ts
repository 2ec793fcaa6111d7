import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { SubjectSchema, ZodParamPipe } from '../param.pipe';
import { RegistreerMedewerker } from './registreer-medewerker.service';
import { MedewerkerAntwoord, MedewerkerRequest } from './medewerker.schema';

@ApiTags('caseload')
@Controller('medewerkers')
export class RegistreerMedewerkerController {
  constructor(private readonly useCase: RegistreerMedewerker) {}

  @Put(':subject')
  @Roles('teamleider', 'beheer')
  @Operation({
    id: 'registreerMedewerker',
    summary: 'Register or change a medewerker (token subject): name, organisation, team, active',
    status: 200,
    response: MedewerkerAntwoord,
    errors: { 404: 'A medewerker or organisation the caller may not manage.' },
  })
  registreer(
    @Param('subject', new ZodParamPipe('subject', SubjectSchema)) subject: string,
    @Body() body: MedewerkerRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.useCase.execute({ subject, ...body }, wie);
  }
}
