import { Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { DienDeclaratieInService } from './dien-declaratie-in.service';
import { Indiening } from './dien-declaratie-in.response';

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
  @Operation({
    id: 'dienDeclaratieIn',
    summary: 'Submit a concept claim; its lines can never be claimed again',
    status: 200,
    response: Indiening,
    errors: {
      404: 'No claim with this id that the caller may see.',
      409: 'The claim is not a concept, or another claim submitted some of its lines meanwhile.',
    },
  })
  dienIn(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.service.dienIn(id, wie);
  }
}
