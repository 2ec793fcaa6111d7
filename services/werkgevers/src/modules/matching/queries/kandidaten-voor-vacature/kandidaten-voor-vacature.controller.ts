import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { KandidatenVoorVacature } from './kandidaten-voor-vacature.query';
import { GerangschikteKandidaten } from './kandidaten-voor-vacature.response';

@ApiTags('matching')
@Controller('vacatures')
export class KandidatenVoorVacatureController {
  constructor(private readonly kandidatenVoorVacature: KandidatenVoorVacature) {}

  @Get(':id/kandidaten')
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'zoekKandidatenVoorVacature',
    summary: 'Ranked candidates for a vacancy (pseudonymous unless consented and released)',
    status: 200,
    response: GerangschikteKandidaten,
    errors: { 404: 'No vacancy with this id that the caller may see.' },
  })
  async kandidaten(@Param('id', new ParseUUIDPipe()) vacatureId: string, @CurrentPrincipal() wie: Principal) {
    return { items: await this.kandidatenVoorVacature.zoek(vacatureId, wie) };
  }
}
