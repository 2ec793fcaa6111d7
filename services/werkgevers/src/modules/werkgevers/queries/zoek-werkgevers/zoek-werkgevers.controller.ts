import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, listedOrganisation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { ZoekWerkgevers } from './zoek-werkgevers.query';

// Control characters are refused: PostgreSQL cannot hold a NUL in text, and no name or KvK number has them.
const Zoekterm = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
class WerkgeversVraag extends createZodDto(z.object({ zoek: Zoekterm.optional() }).strict()) {}

@ApiTags('werkgevers')
@Controller('werkgevers')
export class ZoekWerkgeversController {
  constructor(private readonly werkgevers: ZoekWerkgevers) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'All employers, or those whose name or KvK number contains `zoek`' })
  @ApiOkResponse({ description: '{ items: [{ id, kvkNummer, naam, gemeentecode, sbiCode, strategischPartner }] }' })
  async list(@Query() v: WerkgeversVraag, @CurrentPrincipal() wie: Principal) {
    return { items: await this.werkgevers.zoek(v.zoek, listedOrganisation(wie, SCOPING.werkgever.read)) };
  }
}
