import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OrganisatieSchema } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { MedewerkerSchema } from '../../commands/registreer-medewerker/medewerker.schema';
import { MedewerkersQuery } from './medewerkers.query';

class MedewerkersVraag extends createZodDto(z.object({ organisatie: OrganisatieSchema.optional() }).strict()) {}

class Medewerkers extends createZodDto(z.object({ items: z.array(MedewerkerSchema) })) {}

/** The medewerkers a team lead manages (their organisation's) or beheer (any, or one organisation's). */
@ApiTags('caseload')
@Controller('medewerkers')
export class MedewerkersController {
  constructor(private readonly medewerkers: MedewerkersQuery) {}

  @Get()
  @Roles('teamleider', 'beheer')
  @Operation({
    id: 'listMedewerkers',
    summary: "Medewerkers of an organisation, by team and name (a team lead's: only their own)",
    status: 200,
    response: Medewerkers,
  })
  lijst(@Query() v: MedewerkersVraag, @CurrentPrincipal() wie: Principal) {
    return this.medewerkers.lijst(v.organisatie ?? null, listedOrganisation(wie, 'owners'));
  }
}
