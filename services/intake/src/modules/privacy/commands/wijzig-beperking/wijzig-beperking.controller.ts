import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { PrivacyverzoekResponse } from '../../queries/privacyverzoeken/privacyverzoek.response';
import { RedenRequest } from '../reden.request';
import { alsProbleem } from '../privacyverzoek-fouten';
import { WijzigBeperking } from './wijzig-beperking.service';

/**
 * Lifting is a POST of its own (…/opheffing) rather than a DELETE: it is a request with a reason, kept beside the
 * restriction it ends, and a DELETE carries no body.
 */
@ApiTags('privacy')
@Controller('inwoners')
export class WijzigBeperkingController {
  constructor(private readonly beperking: WijzigBeperking) {}

  @Post(':inwonerId/beperkingen')
  @Roles('privacy')
  @Operation({
    id: 'beperkVerwerking',
    summary: "Restrict the processing of an inwoner's data (AVG art. 18)",
    description:
      'The data stays; every service refuses reads and changes of it to everyone but the privacy officer until it ' +
      'is lifted. Publishes wiz.intake.verwerking-beperkt.v1 with beperkt true.',
    status: 201,
    response: PrivacyverzoekResponse,
    errors: { 404: 'No inwoner with this id.', 409: 'Already restricted (`bestaandId`: the restriction in force).' },
  })
  beperk(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Body() body: RedenRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return alsProbleem(this.beperking.beperk(inwonerId, body.reden, wie));
  }

  @Post(':inwonerId/beperkingen/:beperkingId/opheffing')
  @Roles('privacy')
  @Operation({
    id: 'hefBeperkingOp',
    summary: 'Lift a restriction of processing',
    description: 'Publishes wiz.intake.verwerking-beperkt.v1 with beperkt false.',
    status: 201,
    response: PrivacyverzoekResponse,
    errors: { 404: 'No inwoner with this id, or no restriction in force with this id.' },
  })
  hefOp(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Param('beperkingId', new ParseUUIDPipe()) beperkingId: string,
    @Body() body: RedenRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return alsProbleem(this.beperking.hefOp(inwonerId, beperkingId, body.reden, wie));
  }
}
