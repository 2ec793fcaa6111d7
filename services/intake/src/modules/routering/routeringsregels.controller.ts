import { Body, ConflictException, Controller, Get, NotFoundException, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { RegeltabelSchema } from './domain';
import { Routeringstabellen, VersieConflict } from './database/routeringstabellen';
import { NieuweRegeltabelVersie, RegeltabelVersie } from './routeringsregels.response';

class NieuweVersie extends createZodDto(
  z.object({ toelichting: z.string().trim().min(1).max(2_000), tabel: RegeltabelSchema }).strict(),
) {}

/** Beheer reads the routing table and sets a new version; old aanmeldingen keep the version that routed them. */
@ApiTags('beheer')
@Controller('routeringsregels')
export class RouteringsregelsController {
  constructor(private readonly tabellen: Routeringstabellen) {}

  @Get()
  @Roles('beheer', 'frontoffice')
  @Operation({
    id: 'getRouteringsregels',
    summary: 'The routing table in force',
    status: 200,
    response: RegeltabelVersie,
  })
  huidige() {
    return this.tabellen.laatste();
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
  async versie(@Param('versie', ParseIntPipe) versie: number) {
    const found = await this.tabellen.versie(versie);
    if (!found) throw new NotFoundException(`No routing table version ${versie}.`);
    return found;
  }

  @Post()
  @Roles('beheer')
  @Operation({
    id: 'stelRouteringsregelsVast',
    summary: 'Store a new version of the routing table (it must end with a catch-all rule)',
    status: 201,
    response: NieuweRegeltabelVersie,
    errors: { 409: 'Another version was stored at the same moment; read the table again and retry.' },
  })
  async nieuweVersie(@Body() body: NieuweVersie, @CurrentPrincipal() wie: Principal) {
    try {
      const stored = await this.tabellen.voegToe(body.tabel, body.toelichting, wie.subject);
      return { versie: stored.versie };
    } catch (err) {
      if (err instanceof VersieConflict)
        throw new ConflictException('Another version was stored at the same moment; read the table again and retry.');
      throw err;
    }
  }
}
