import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, type Principal, Roles } from '@wiz/platform';
import {
  RechtenverzoekAfhandeling,
  RechtenverzoekenPagina,
  RechtenverzoekenVraag,
  RechtenverzoekResponse,
  RechtenverzoekVerlenging,
} from './rechtenverzoek.schemas';
import { RechtenverzoekenService } from './rechtenverzoeken.service';

/** The privacy officer's task list of the inwoners' own requests, and their answer. */
@ApiTags('privacy')
@Roles('privacy')
@Controller('rechtenverzoeken')
export class RechtenverzoekenController {
  constructor(private readonly service: RechtenverzoekenService) {}

  @Get()
  @Operation({
    id: 'zoekRechtenverzoeken',
    summary: 'Requests of inwoners to erase, restrict or object, the nearest deadline first (audited read)',
    description: 'By `status` (all when absent). `uiterlijkOp` is the last day of the answer (AVG art. 12(3)).',
    status: 200,
    response: RechtenverzoekenPagina,
  })
  lijst(@Query() vraag: RechtenverzoekenVraag, @CurrentPrincipal() wie: Principal) {
    return this.service.werkvoorraad(vraag, wie);
  }

  @Post(':id/verlenging')
  @HttpCode(200)
  @Operation({
    id: 'verlengRechtenverzoek',
    summary: 'Extend the term of a request by one or two months, with the reason the person reads (audited)',
    description:
      'AVG art. 12(3): once, within the first month (on or before its first `uiterlijkOp`), for an open request; ' +
      'the months run on from that first deadline.',
    status: 200,
    response: RechtenverzoekResponse,
    errors: {
      404: 'No request with this id.',
      409: 'The request was already answered or extended, or its first month has ended.',
    },
  })
  verleng(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RechtenverzoekVerlenging,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.service.verleng(id, body.maanden, body.reden, wie);
  }

  @Post(':id/afhandeling')
  @HttpCode(200)
  @Operation({
    id: 'handelRechtenverzoekAf',
    summary: 'Answer a request with its outcome and what the person is told (audited)',
    description:
      'Carry out a granted request first: POST /inwoners/{inwonerId}/wisverzoeken, or /beperkingen for a restriction ' +
      'or an objection upheld; a grant before that is a 409. The answer to an erased person keeps no text.',
    status: 200,
    response: RechtenverzoekResponse,
    errors: {
      404: 'No request with this id.',
      409: 'The request was already answered, or is granted before it was carried out.',
    },
  })
  handelAf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RechtenverzoekAfhandeling,
    @CurrentPrincipal() wie: Principal,
  ) {
    return this.service.handelAf(id, body.uitkomst, body.toelichting, wie);
  }
}
