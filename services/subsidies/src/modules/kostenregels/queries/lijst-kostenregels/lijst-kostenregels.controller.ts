import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OpenRegelingCodeSchema, pagina, paginering } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import {
  KOSTENREGEL_REPOSITORY,
  KostenregelRepositoryPort,
  KostenregelRij,
} from '../../database/kostenregel.repository.port';
import { KostenregelsPagina } from './lijst-kostenregels.response';

class KostenregelsVraag extends createZodDto(
  z.object({ ...paginering(), regelingCode: OpenRegelingCodeSchema.optional() }).strict(),
) {}

/**
 * Finance's view of its organisation's cost lines (beheer: all) of a scheme, newest date first, with the claim that
 * submitted each (if any).
 */
@ApiTags('kostenregels')
@Controller('kostenregels')
export class LijstKostenregelsController {
  constructor(@Inject(KOSTENREGEL_REPOSITORY) private readonly kostenregels: KostenregelRepositoryPort) {}

  @Get()
  @Roles('financien', 'beheer')
  @Operation({
    id: 'listKostenregels',
    summary: 'Cost lines, optionally of one scheme, paged',
    status: 200,
    response: KostenregelsPagina,
  })
  async lijst(@Query() v: KostenregelsVraag, @CurrentPrincipal() wie: Principal) {
    const organisatie = listedOrganisation(wie, SCOPING.kostenregel.read);
    const { rijen, totaal } = await this.kostenregels.lijst(v.regelingCode, organisatie, v);
    return pagina(rijen.map(kostenregelView), v, totaal);
  }
}

function kostenregelView(r: KostenregelRij) {
  return {
    id: r.id,
    regelingCode: r.regeling_code,
    soort: r.soort,
    bedragCenten: Number(r.bedrag_centen),
    datum: r.datum,
    omschrijving: r.omschrijving,
    ...(r.inwoner_id ? { inwonerId: r.inwoner_id } : {}),
    ...(r.bewijsstuk ? { bewijsstuk: r.bewijsstuk } : {}),
    ...(r.uren !== null ? { uren: Number(r.uren), uurtariefCenten: Number(r.uurtarief_centen) } : {}),
    ...(r.ingediend_in ? { ingediendInDeclaratie: r.ingediend_in } : {}),
  };
}
