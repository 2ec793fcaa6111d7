import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { RedenRequest } from '../reden.request';
import { PrivacyverzoekResponse } from '../../queries/privacyverzoeken/privacyverzoek.response';
import { alsProbleem } from '../privacyverzoek-fouten';
import { DienWisverzoekIn } from './dien-wisverzoek-in.service';

@ApiTags('privacy')
@Controller('inwoners')
export class DienWisverzoekInController {
  constructor(private readonly wisverzoek: DienWisverzoekIn) {}

  @Post(':inwonerId/wisverzoeken')
  @Roles('privacy')
  @Operation({
    id: 'dienWisverzoekIn',
    summary: "Erase an inwoner's personal data (AVG art. 17), granted by the privacy officer",
    description:
      "Destroys intake's identity, contact data, BSN, the aanmeldingen' person data and answers, identity checks, " +
      'duplicate pairs, consents in force and correction history of this person (and of records merged into it) in ' +
      'one transaction, keeps the request as the legal record and publishes wiz.intake.inwoner-gewist.v1.',
    status: 201,
    response: PrivacyverzoekResponse,
    errors: {
      404: 'No inwoner with this id.',
      409: 'This person was already erased (`bestaandId`: the earlier request).',
    },
  })
  dienIn(
    @Param('inwonerId', new ParseUUIDPipe()) inwonerId: string,
    @Body() body: RedenRequest,
    @CurrentPrincipal() wie: Principal,
  ) {
    return alsProbleem(this.wisverzoek.execute(inwonerId, body.reden, wie));
  }
}
