import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, type Principal, Roles } from '@wiz/platform';
import {
  CorrectieverzoekIndienen,
  CorrectieverzoekResponse,
  MijnCorrectieverzoeken,
} from '../../commands/correctieverzoek/correctieverzoek.schemas';
import { CorrectieverzoekenService } from '../../commands/correctieverzoek/correctieverzoeken.service';
import { MijnGegevensResponse } from './mijn-gegevens.response';
import { MijnGegevens } from './mijn-gegevens.query';

/** Mijn Werk in Zicht in intake: the person's own details and their correction requests; the person from the token. */
@ApiTags('mijn')
@Roles('inwoner')
@Controller('mijn')
export class MijnGegevensController {
  constructor(
    private readonly gegevens: MijnGegevens,
    private readonly correcties: CorrectieverzoekenService,
  ) {}

  @Get('gegevens')
  @Operation({
    id: 'getMijnGegevens',
    summary: 'The caller’s own details as intake holds them (BSN masked), an audited read',
    status: 200,
    response: MijnGegevensResponse,
    errors: { 404: 'intake holds no details of the caller (erased).' },
  })
  mijnGegevens(@CurrentPrincipal() wie: Principal) {
    return this.gegevens.execute(wie);
  }

  @Post('correctieverzoeken')
  @Operation({
    id: 'dienCorrectieverzoekIn',
    summary: 'Ask for a correction of the caller’s details (AVG art. 16); the front office handles it',
    status: 201,
    response: CorrectieverzoekResponse,
  })
  dienIn(@Body() body: CorrectieverzoekIndienen, @CurrentPrincipal() wie: Principal) {
    return this.correcties.dienIn(body, wie);
  }

  @Get('correctieverzoeken')
  @Operation({
    id: 'getMijnCorrectieverzoeken',
    summary: 'The caller’s own correction requests with their status and outcome, newest first',
    status: 200,
    response: MijnCorrectieverzoeken,
  })
  mijnVerzoeken(@CurrentPrincipal() wie: Principal) {
    return this.correcties.mijnVerzoeken(wie);
  }
}
