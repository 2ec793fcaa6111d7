import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { GetWerkgever } from './get-werkgever.query';

@ApiTags('werkgevers')
@Controller('werkgevers')
export class GetWerkgeverController {
  constructor(private readonly werkgever: GetWerkgever) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'One employer with contacts and vacancies' })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.werkgever.get(id, wie);
  }
}
