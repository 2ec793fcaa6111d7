import { Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OpenRegelingCodeSchema, pagina, paginering } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Operation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../../scoping';
import { DeclaratieToegang } from '../../declaratie-toegang';
import { DECLARATIE_REPOSITORY, DeclaratieRepositoryPort } from '../../database/declaratie.repository.port';
import { KOSTENREGELS, KostenregelsPort } from '../../../kostenregels/kostenregels.port';
import { DeclaratieRegelsPagina, DeclaratiesPagina } from './lijst-declaraties.response';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

class DeclaratiesVraag extends createZodDto(
  z
    .object({
      ...paginering(),
      regelingCode: OpenRegelingCodeSchema.optional(),
      status: z.enum(['in-bewerking', 'concept', 'ingediend']).optional(),
    })
    .strict(),
) {}
class RegelsVraag extends createZodDto(z.object({ ...paginering(), opgenomen: bool.optional() }).strict()) {}

/**
 * Lists for the finance screens: the claims of the caller's organisation (beheer: all; newest first, with their
 * totals once compiled) and one claim's lines with amount, description and exclusion reason, in the order of the
 * exports (date, then id).
 */
@ApiTags('declaraties')
@Controller('declaraties')
export class LijstDeclaratiesController {
  constructor(
    private readonly toegang: DeclaratieToegang,
    @Inject(DECLARATIE_REPOSITORY) private readonly declaraties: DeclaratieRepositoryPort,
    @Inject(KOSTENREGELS) private readonly kostenregels: KostenregelsPort,
  ) {}

  @Get()
  @Roles('financien', 'beheer')
  @Operation({
    id: 'listDeclaraties',
    summary: 'Claims, optionally of one scheme or status, newest first, paged',
    status: 200,
    response: DeclaratiesPagina,
  })
  async lijst(@Query() v: DeclaratiesVraag, @CurrentPrincipal() wie: Principal) {
    const organisatie = listedOrganisation(wie, SCOPING.declaratie.read);
    const { rijen, totaal } = await this.declaraties.lijst(
      { regelingCode: v.regelingCode, status: v.status, organisatie },
      v,
    );
    return pagina(
      rijen.map((d) => ({
        id: d.id,
        regelingCode: d.regeling_code,
        periodeVan: d.periode_van,
        periodeTot: d.periode_tot,
        status: d.status,
        voortgang: d.voortgang,
        ...(d.subsidiabel !== null ? { subsidiabelCenten: d.subsidiabel, bijdrageCenten: d.bijdrage } : {}),
        aangemaaktOp: d.created_at.toISOString(),
        ...(d.ingediend_op ? { ingediendOp: d.ingediend_op.toISOString() } : {}),
      })),
      v,
      totaal,
    );
  }

  @Get(':id/regels')
  @Roles('financien', 'beheer')
  @Operation({
    id: 'listDeclaratieRegels',
    summary:
      'The lines of a compiled claim with amount, description and exclusion reason; opgenomen=true|false filters, paged',
    status: 200,
    response: DeclaratieRegelsPagina,
    errors: { 404: 'No compiled claim with this id that the caller may see.' },
  })
  async regels(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() v: RegelsVraag,
    @CurrentPrincipal() wie: Principal,
  ) {
    await this.toegang.eisZichtbaar(id, wie);
    const status = await this.declaraties.status(id);
    if (!status || status === 'in-bewerking') throw new NotFoundException(`No compiled declaratie ${id}.`);
    const { rijen, totaal } = await this.kostenregels.regelsVanDeclaratie(id, v.opgenomen, v);
    return pagina(
      rijen.map((r) => ({
        kostenregelId: r.kostenregel_id,
        opgenomen: r.opgenomen,
        ...(r.reden ? { reden: r.reden } : {}),
        datum: r.datum,
        soort: r.soort,
        bedragCenten: Number(r.bedrag_centen),
        omschrijving: r.omschrijving,
        ...(r.inwoner_id ? { inwonerId: r.inwoner_id } : {}),
        ...(r.bewijsstuk ? { bewijsstuk: r.bewijsstuk } : {}),
      })),
      v,
      totaal,
    );
  }
}
