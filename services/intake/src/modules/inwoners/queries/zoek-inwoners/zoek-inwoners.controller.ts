import { Body, Controller, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { Zoekvraag } from './zoek-inwoners.request';
import { GevondenInwoners } from './zoek-inwoners.response';
import { ZoekInwoners } from './zoek-inwoners.query';

/** A BSN is searched for with POST, never in a URL. */
@ApiTags('inwoners')
@Controller('inwoners')
export class ZoekInwonersController {
  constructor(private readonly zoekInwoners: ZoekInwoners) {}

  @Post('_zoek')
  @Roles('frontoffice', 'beheer', 'privacy')
  @Operation({
    id: 'zoekInwoners',
    summary: 'Find inwoners by BSN or by surname + birth date',
    status: 200,
    response: GevondenInwoners,
  })
  zoek(@Body() vraag: Zoekvraag, @CurrentPrincipal() wie: Principal) {
    return this.zoekInwoners.execute(vraag, wie);
  }
}
