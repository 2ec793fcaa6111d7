import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { OpenRegelingCodeSchema } from '@wiz/contracts';
import { CurrentPrincipal, listedOrganisation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../scoping';
import { limietEnBegin, pagina, PagineringSchema } from '../../paginering';

class KostenregelsVraag extends createZodDto(
  PagineringSchema.extend({ regelingCode: OpenRegelingCodeSchema.optional() }).strict(),
) {}

interface Rij {
  id: string;
  regeling_code: string;
  inwoner_id: string | null;
  soort: string;
  bedrag_centen: string;
  datum: string;
  omschrijving: string;
  bewijsstuk: string | null;
  uren: string | null;
  uurtarief_centen: string | null;
  ingediend_in: string | null;
}

/**
 * Finance's view of its organisation's cost lines (beheer: all) of a scheme, newest date first, with the claim that
 * submitted each (if any).
 */
@ApiTags('kostenregels')
@Controller('kostenregels')
export class KostenregelsLijstController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Cost lines, optionally of one scheme, paged' })
  @ApiOkResponse({ description: '{ items: kostenregel[], pagina, paginagrootte, totaal }' })
  async lijst(@Query() v: KostenregelsVraag, @CurrentPrincipal() wie: Principal) {
    const where = '($1::text IS NULL OR k.regeling_code = $1) AND ($2::text IS NULL OR k.organisatie = $2)';
    const params = [v.regelingCode ?? null, listedOrganisation(wie, SCOPING.kostenregel.read)];
    const [{ totaal }] = await this.db.query(
      `SELECT count(*)::int AS totaal FROM kostenregels k WHERE ${where}`,
      params,
    );
    const rows: Rij[] = await this.db.query(
      `SELECT k.id, k.regeling_code, k.inwoner_id, k.soort, k.bedrag_centen::text, to_char(k.datum, 'YYYY-MM-DD') AS datum, k.omschrijving, k.bewijsstuk,
              k.uren::text, k.uurtarief_centen::text, i.declaratie_id AS ingediend_in
         FROM kostenregels k LEFT JOIN ingediende_kostenregels i ON i.kostenregel_id = k.id
        WHERE ${where} ORDER BY k.datum DESC, k.id LIMIT $3 OFFSET $4`,
      [...params, ...limietEnBegin(v)],
    );
    return pagina(rows.map(kostenregelView), v, totaal);
  }
}

function kostenregelView(r: Rij) {
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
