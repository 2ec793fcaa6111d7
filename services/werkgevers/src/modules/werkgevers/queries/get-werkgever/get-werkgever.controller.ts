import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { GetWerkgever } from './get-werkgever.query';
import { Werkgever } from './get-werkgever.response';

@ApiTags('werkgevers')
@Controller('werkgevers')
export class GetWerkgeverController {
  constructor(private readonly werkgever: GetWerkgever) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'getWerkgever',
    summary: 'One employer with contacts and vacancies',
    status: 200,
    response: Werkgever,
    errors: { 404: 'No employer with this id that the caller may see.' },
  })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.werkgever.get(id, wie);
  }
}
