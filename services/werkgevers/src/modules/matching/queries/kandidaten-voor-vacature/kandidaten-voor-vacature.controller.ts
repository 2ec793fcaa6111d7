import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { KandidatenVoorVacature } from './kandidaten-voor-vacature.query';

@ApiTags('matching')
@Controller('vacatures')
export class KandidatenVoorVacatureController {
  constructor(private readonly kandidatenVoorVacature: KandidatenVoorVacature) {}

  @Get(':id/kandidaten')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'Ranked candidates for a vacancy (pseudonymous unless consented and released)' })
  @ApiOkResponse({ description: '{ items: [{ kandidaatcode, score, overlap, dekking, profiel? }] }' })
  async kandidaten(@Param('id', new ParseUUIDPipe()) vacatureId: string, @CurrentPrincipal() wie: Principal) {
    return { items: await this.kandidatenVoorVacature.zoek(vacatureId, wie) };
  }
}
