import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { GetVacature } from './get-vacature.query';
import { Vacature } from './get-vacature.response';

@ApiTags('werkgevers')
@Controller('vacatures')
export class GetVacatureController {
  constructor(private readonly vacature: GetVacature) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'getVacature',
    summary: 'One vacancy with its employer',
    status: 200,
    response: Vacature,
    errors: { 404: 'No vacancy with this id that the caller may see.' },
  })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.vacature.get(id, wie);
  }
}
