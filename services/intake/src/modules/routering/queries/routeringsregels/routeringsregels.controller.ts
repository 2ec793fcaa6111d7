import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Operation, Roles } from '@wiz/platform';
import { RegeltabelVersie } from './routeringsregels.response';
import { Routeringsregels } from './routeringsregels.query';

/** Beheer and front office read the routing table in force, or an earlier version that routed an old aanmelding. */
@ApiTags('beheer')
@Controller('routeringsregels')
export class RouteringsregelsController {
  constructor(private readonly regels: Routeringsregels) {}

  @Get()
  @Roles('beheer', 'frontoffice')
  @Operation({
    id: 'getRouteringsregels',
    summary: 'The routing table in force',
    status: 200,
    response: RegeltabelVersie,
  })
  huidige() {
    return this.regels.huidige();
  }

  @Get('versies/:versie')
  @Roles('beheer', 'frontoffice')
  @Operation({
    id: 'getRouteringsregelsVersie',
    summary: 'One earlier version of the routing table',
    status: 200,
    response: RegeltabelVersie,
    errors: { 404: 'No routing table with this version.' },
  })
  versie(@Param('versie', ParseIntPipe) versie: number) {
    return this.regels.versie(versie);
  }
}
