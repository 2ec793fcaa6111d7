import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Idempotent, Operation, Principal, Roles } from '@wiz/platform';
import { PubliceerVerzoek } from '../../queries/rapportage-vragen';
import { Rapportage } from '../../queries/rapportages.response';
import { PubliceerRapportage } from './publiceer-rapportage.service';

/**
 * Publishing freezes a report, stored once and served as stored ever after; again = a correction with a reason.
 * The monitor role may publish: it is the programme's reporting staff, who sign the figures; beheer may as well.
 */
@ApiTags('rapportages')
@Controller('rapportages')
export class PubliceerRapportageController {
  constructor(private readonly publiceerRapportage: PubliceerRapportage) {}

  @Post()
  @Roles('monitor', 'beheer')
  @Idempotent()
  @Operation({
    id: 'publiceerRapportage',
    summary:
      'Publish (freeze) the report for a half year or quarter and a gemeente or the region; again = a new version with a reason',
    status: 201,
    response: Rapportage,
    errors: {
      409: 'This periode and gemeente were published before and no reden was given (bestaandId: the current version); of two simultaneous first publications one gets this',
    },
  })
  publiceer(@Body() body: PubliceerVerzoek, @CurrentPrincipal() wie: Principal) {
    return this.publiceerRapportage.execute(body, wie);
  }
}
