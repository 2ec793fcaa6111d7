import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { GetArrangement } from './get-arrangement.query';

@ApiTags('arrangementen')
@Controller('arrangementen')
export class GetArrangementController {
  constructor(private readonly arrangement: GetArrangement) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'An arrangement with its occupancy (placements not ended)' })
  @ApiOkResponse({
    description: '{ id, naam, soort, werkgeverIds, onderwijsinstelling, plaatsen, startdatum, einddatum, bezet }',
  })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.arrangement.get(id, wie);
  }
}
