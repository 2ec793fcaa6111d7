import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { GetArrangement } from './get-arrangement.query';
import { Arrangement } from './get-arrangement.response';

@ApiTags('arrangementen')
@Controller('arrangementen')
export class GetArrangementController {
  constructor(private readonly arrangement: GetArrangement) {}

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'getArrangement',
    summary: 'An arrangement with its occupancy (placements not ended) and the placements in it the caller may see',
    status: 200,
    response: Arrangement,
    errors: { 404: 'No arrangement with this id that the caller may see.' },
  })
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.arrangement.get(id, wie);
  }
}
