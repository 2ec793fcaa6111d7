import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { GetVacature } from './get-vacature.query';

@ApiTags('werkgevers')
@Controller('vacatures')
export class GetVacatureController {
  constructor(private readonly vacature: GetVacature) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'One vacancy with its employer' })
  @ApiOkResponse({
    description:
      '{ id, werkgeverId, werkgeverNaam, titel, urenPerWeek, aantal, skills (codes and normalised free skills, as matched), skillsIngevoerd (as sent), openHiring, cvLoos, geschiktVoorAfspraakbaan }',
  })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.vacature.get(id, wie);
  }
}
