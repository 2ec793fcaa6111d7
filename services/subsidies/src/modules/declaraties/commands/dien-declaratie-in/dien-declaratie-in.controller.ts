import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { metProblemen } from '../declaratie-probleem';
import { DienDeclaratieInService } from './dien-declaratie-in.service';

@ApiTags('declaraties')
@Controller('declaraties')
export class DienDeclaratieInController {
  constructor(private readonly service: DienDeclaratieInService) {}

  /**
   * Submits a concept claim. Its included lines go into ingediende_kostenregels, whose primary key refuses a line
   * that another submission holds: of two submissions sharing a line, one commits and the other gets 409.
   */
  @Post(':id/indiening')
  @HttpCode(200)
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Submit a concept claim; its lines can never be claimed again' })
  @ApiOkResponse({ description: '{ status: ingediend }' })
  dienIn(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return metProblemen(() => this.service.dienIn(id, wie));
  }
}
