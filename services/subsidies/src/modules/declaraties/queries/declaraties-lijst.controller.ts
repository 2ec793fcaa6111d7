import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { OpenRegelingCodeSchema } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../scoping';
import { eisZichtbareDeclaratie } from '../database/declaratie-toegang';
import { limietEnBegin, pagina, PagineringSchema } from '../../paginering';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

class DeclaratiesVraag extends createZodDto(
  PagineringSchema.extend({
    regelingCode: OpenRegelingCodeSchema.optional(),
    status: z.enum(['in-bewerking', 'concept', 'ingediend']).optional(),
  }).strict(),
) {}
class RegelsVraag extends createZodDto(PagineringSchema.extend({ opgenomen: bool.optional() }).strict()) {}

/**
 * Lists for the finance screens: the claims of the caller's organisation (beheer: all; newest first, with their
 * totals once compiled) and one claim's lines with amount, description and exclusion reason, in the order of the
 * exports (date, then id).
 */
@ApiTags('declaraties')
@Controller('declaraties')
export class DeclaratiesLijstController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Claims, optionally of one scheme or status, newest first, paged' })
  @ApiOkResponse({ description: '{ items: declaratie-samenvatting[], pagina, paginagrootte, totaal }' })
  async lijst(@Query() v: DeclaratiesVraag, @CurrentPrincipal() wie: Principal) {
    const where =
      '($1::text IS NULL OR regeling_code = $1) AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR organisatie = $3)';
    const params = [v.regelingCode ?? null, v.status ?? null, listedOrganisation(wie, SCOPING.declaratie.read)];
    const [{ totaal }] = await this.db.query(`SELECT count(*)::int AS totaal FROM declaraties WHERE ${where}`, params);
    const rows = await this.db.query(
      `SELECT id, regeling_code, to_char(periode_van, 'YYYY-MM-DD') AS periode_van, to_char(periode_tot, 'YYYY-MM-DD') AS periode_tot, status, voortgang,
              resultaat->'subsidiabelCenten' AS subsidiabel, resultaat->'bijdrageCenten' AS bijdrage, created_at, ingediend_op
         FROM declaraties WHERE ${where} ORDER BY created_at DESC, id LIMIT $4 OFFSET $5`,
      [...params, ...limietEnBegin(v)],
    );
    return pagina(
      rows.map(
        (d: {
          id: string;
          regeling_code: string;
          periode_van: string;
          periode_tot: string;
          status: string;
          voortgang: number;
          subsidiabel: number | null;
          bijdrage: number | null;
          created_at: Date;
          ingediend_op: Date | null;
        }) => ({
          id: d.id,
          regelingCode: d.regeling_code,
          periodeVan: d.periode_van,
          periodeTot: d.periode_tot,
          status: d.status,
          voortgang: d.voortgang,
          ...(d.subsidiabel !== null ? { subsidiabelCenten: d.subsidiabel, bijdrageCenten: d.bijdrage } : {}),
          aangemaaktOp: d.created_at.toISOString(),
          ...(d.ingediend_op ? { ingediendOp: d.ingediend_op.toISOString() } : {}),
        }),
      ),
      v,
      totaal,
    );
  }

  @Get(':id/regels')
  @Roles('financien', 'beheer')
  @ApiOperation({
    summary:
      'The lines of a compiled claim with amount, description and exclusion reason; opgenomen=true|false filters, paged',
  })
  @ApiOkResponse({ description: '{ items: regel[], pagina, paginagrootte, totaal }' })
  async regels(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() v: RegelsVraag,
    @CurrentPrincipal() wie: Principal,
  ) {
    await eisZichtbareDeclaratie(this.db, id, wie);
    const [d] = await this.db.query('SELECT status FROM declaraties WHERE id = $1', [id]);
    if (!d || d.status === 'in-bewerking') throw new NotFoundException(`No compiled declaratie ${id}.`);
    const where = 'r.declaratie_id = $1 AND ($2::boolean IS NULL OR r.opgenomen = $2)';
    const params = [id, v.opgenomen ?? null];
    const [{ totaal }] = await this.db.query(
      `SELECT count(*)::int AS totaal FROM declaratie_regels r WHERE ${where}`,
      params,
    );
    const rows = await this.db.query(
      `SELECT r.kostenregel_id, r.opgenomen, r.reden, to_char(k.datum, 'YYYY-MM-DD') AS datum, k.soort, k.bedrag_centen::text, k.inwoner_id, k.bewijsstuk, k.omschrijving
         FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id
        WHERE ${where} ORDER BY k.datum, k.id LIMIT $3 OFFSET $4`,
      [...params, ...limietEnBegin(v)],
    );
    return pagina(
      rows.map(
        (r: {
          kostenregel_id: string;
          opgenomen: boolean;
          reden: string | null;
          datum: string;
          soort: string;
          bedrag_centen: string;
          inwoner_id: string | null;
          bewijsstuk: string | null;
          omschrijving: string;
        }) => ({
          kostenregelId: r.kostenregel_id,
          opgenomen: r.opgenomen,
          ...(r.reden ? { reden: r.reden } : {}),
          datum: r.datum,
          soort: r.soort,
          bedragCenten: Number(r.bedrag_centen),
          omschrijving: r.omschrijving,
          ...(r.inwoner_id ? { inwonerId: r.inwoner_id } : {}),
          ...(r.bewijsstuk ? { bewijsstuk: r.bewijsstuk } : {}),
        }),
      ),
      v,
      totaal,
    );
  }
}
