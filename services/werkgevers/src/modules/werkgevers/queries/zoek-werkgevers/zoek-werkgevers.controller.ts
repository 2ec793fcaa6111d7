import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { ZoekWerkgevers } from './zoek-werkgevers.query';
import { Werkgevers } from './zoek-werkgevers.response';

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
  @Operation({
    id: 'zoekWerkgevers',
    summary: 'All employers, or those whose name or KvK number contains `zoek`',
    status: 200,
    response: Werkgevers,
  })
  async list(@Query() v: WerkgeversVraag, @CurrentPrincipal() wie: Principal) {
    return { items: await this.werkgevers.zoek(v.zoek, listedOrganisation(wie, SCOPING.werkgever.read)) };
  }
}
