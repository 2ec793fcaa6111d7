import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { VACATURE_STATUSSEN } from '../../domain/vacature-status';
import { VacaturesLijst } from './vacatures-lijst.query';
import { VacaturesPagina } from './vacatures-lijst.response';

class VacaturesVraag extends createZodDto(
  z
    .object({
      status: z.enum(VACATURE_STATUSSEN).optional(),
      werkgeverId: z.uuid().optional(),
      ...paginering(),
    })
    .strict(),
) {}

@ApiTags('werkgevers')
@Controller('vacatures')
export class VacaturesLijstController {
  constructor(private readonly vacatures: VacaturesLijst) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @Operation({
    id: 'listVacatures',
    summary: 'Vacancies with their status and places filled, filtered by status or werkgeverId, newest first, paged',
    status: 200,
    response: VacaturesPagina,
  })
  list(@Query() v: VacaturesVraag, @CurrentPrincipal() wie: Principal) {
    return this.vacatures.pagina({ ...v, organisatie: listedOrganisation(wie, SCOPING.werkgever.read) });
  }
}
