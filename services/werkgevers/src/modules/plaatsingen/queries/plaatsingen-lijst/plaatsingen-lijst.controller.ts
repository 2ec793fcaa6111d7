import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { PlaatsingenLijst } from './plaatsingen-lijst.query';
import { PlaatsingenPagina } from './plaatsingen-lijst.response';

class PlaatsingenVraag extends createZodDto(
  z
    .object({
      werkgeverId: z.uuid().optional(),
      vacatureId: z.uuid().optional(),
      ...paginering(),
    })
    .strict(),
) {}

/**
 * The placements the caller may see (of its trajecten, or placed by it; beheer: all), optionally of one employer or
 * vacancy, newest start first, paged.
 */
@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class PlaatsingenLijstController {
  constructor(private readonly plaatsingen: PlaatsingenLijst) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'listPlaatsingen',
    summary: 'Placements, filtered by werkgeverId or vacatureId, newest first, paged',
    status: 200,
    response: PlaatsingenPagina,
  })
  list(@Query() v: PlaatsingenVraag, @CurrentPrincipal() wie: Principal) {
    return this.plaatsingen.pagina({ ...v, organisatie: listedOrganisation(wie, SCOPING.plaatsing.read) });
  }
}
