import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, kalenderdag } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { SroiVerplichtingenQuery } from './sroi-verplichtingen.query';
import { SroiVerplichting, SroiVerplichtingen } from './sroi-verplichtingen.response';

const Peildatum = IsoDateSchema.optional().describe(
  'the day progress is realised up to (default today, in the region’s calendar): a placement counts for its days until then',
);

class VerplichtingenVraag extends createZodDto(
  z.object({ werkgeverId: z.uuid().optional(), peildatum: Peildatum }).strict(),
) {}

class VerplichtingVraag extends createZodDto(z.object({ peildatum: Peildatum }).strict()) {}

const vandaag = () => kalenderdag(new Date());

/** SROI obligations of suppliers and their progress in euro cents and percent. */
@ApiTags('sroi')
@Controller('sroi-verplichtingen')
export class SroiVoortgangController {
  constructor(private readonly verplichtingen: SroiVerplichtingenQuery) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'listSroiVerplichtingen',
    summary: 'SROI obligations (optionally of one werkgever) with their progress, latest end first',
    status: 200,
    response: SroiVerplichtingen,
  })
  async list(@Query() v: VerplichtingenVraag, @CurrentPrincipal() wie: Principal) {
    return {
      items: await this.verplichtingen.zoek({
        werkgeverId: v.werkgeverId,
        organisatie: listedOrganisation(wie, SCOPING.sroiVerplichting.read),
        peildatum: v.peildatum ?? vandaag(),
      }),
    };
  }

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'getSroiVerplichting',
    summary: 'An SROI obligation with its progress in euro cents and percent',
    status: 200,
    response: SroiVerplichting,
    errors: { 404: 'No SROI obligation with this id that the caller may see.' },
  })
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() vraag: VerplichtingVraag,
    @CurrentPrincipal() wie: Principal,
  ) {
    // Outside the caller's reach the query finds nothing: 404, as for an unknown id.
    const [v] = await this.verplichtingen.zoek({
      id,
      organisatie: listedOrganisation(wie, SCOPING.sroiVerplichting.read),
      peildatum: vraag.peildatum ?? vandaag(),
    });
    if (!v) throw new NotFoundException(`SROI-verplichting ${id} not found.`);
    return v;
  }
}
