import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, listedOrganisation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { SroiVerplichtingenQuery } from './sroi-verplichtingen.query';

class VerplichtingenVraag extends createZodDto(z.object({ werkgeverId: z.uuid().optional() }).strict()) {}

const VERPLICHTING =
  '{ id, werkgeverId, werkgeverNaam, opdracht, opdrachtwaardeCenten, percentage, startdatum, einddatum, voortgang: { doelCenten, gerealiseerdCenten, ' +
  'percentageGerealiseerd, aantalPlaatsingen, doelgroepOnbevestigd: { aantalPlaatsingen, gerealiseerdCenten } } }';

/** SROI obligations of suppliers and their progress in euro cents and percent. */
@ApiTags('sroi')
@Controller('sroi-verplichtingen')
export class SroiVoortgangController {
  constructor(private readonly verplichtingen: SroiVerplichtingenQuery) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'SROI obligations (optionally of one werkgever) with their progress, latest end first' })
  @ApiOkResponse({ description: `{ items: [${VERPLICHTING}] }` })
  async list(@Query() v: VerplichtingenVraag, @CurrentPrincipal() wie: Principal) {
    return {
      items: await this.verplichtingen.zoek({
        werkgeverId: v.werkgeverId,
        organisatie: listedOrganisation(wie, SCOPING.sroiVerplichting.read),
      }),
    };
  }

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'An SROI obligation with its progress in euro cents and percent' })
  @ApiOkResponse({ description: VERPLICHTING })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    // Outside the caller's reach the query finds nothing: 404, as for an unknown id.
    const [v] = await this.verplichtingen.zoek({
      id,
      organisatie: listedOrganisation(wie, SCOPING.sroiVerplichting.read),
    });
    if (!v) throw new NotFoundException(`SROI-verplichting ${id} not found.`);
    return v;
  }
}
