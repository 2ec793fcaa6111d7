import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, listedOrganisation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../scoping';
import { PLAATSING_EIGENAARS } from '../database/plaatsing-eigenaars';

class PlaatsingenVraag extends createZodDto(
  z
    .object({
      werkgeverId: z.uuid().optional(),
      vacatureId: z.uuid().optional(),
      pagina: z.coerce.number().int().min(1).default(1),
      paginagrootte: z.coerce.number().int().min(1).max(200).default(50),
    })
    .strict(),
) {}

const KOLOMMEN = `p.id, p.traject_id AS "trajectId", p.werkgever_id AS "werkgeverId", w.naam AS "werkgeverNaam", p.vacature_id AS "vacatureId",
  v.titel AS "vacatureTitel", p.arrangement_id AS "arrangementId", p.sroi_verplichting_id AS "sroiVerplichtingId", p.sroi_doelgroep AS "sroiDoelgroep",
  p.sroi_doelgroep_status AS "sroiDoelgroepStatus",
  to_char(p.startdatum, 'YYYY-MM-DD') AS startdatum, p.uren_per_week::float AS "urenPerWeek",
  coalesce((SELECT u.uren_per_week FROM plaatsing_uren u WHERE u.plaatsing_id = p.id AND u.ingangsdatum <= current_date
            ORDER BY u.ingangsdatum DESC, u.gewijzigd_op DESC LIMIT 1), p.uren_per_week)::float AS "actueleUrenPerWeek", p.contractvorm, p.afspraakbaan,
  to_char(p.einddatum, 'YYYY-MM-DD') AS einddatum, p.eind_reden AS "eindReden"`;

/**
 * The placements the caller may see (of its trajecten, or placed by it; beheer: all), optionally of one employer or
 * vacancy, newest start first, paged.
 */
@ApiTags('plaatsingen')
@Controller('plaatsingen')
export class PlaatsingenController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'Placements, filtered by werkgeverId or vacatureId, newest first, paged' })
  @ApiOkResponse({ description: '{ items: [plaatsing], pagina, paginagrootte, totaal }' })
  async list(@Query() v: PlaatsingenVraag, @CurrentPrincipal() wie: Principal) {
    const where = `($1::uuid IS NULL OR p.werkgever_id = $1) AND ($2::uuid IS NULL OR p.vacature_id = $2)
      AND ($3::text IS NULL OR $3 = ANY(${PLAATSING_EIGENAARS}))`;
    const params = [v.werkgeverId ?? null, v.vacatureId ?? null, listedOrganisation(wie, SCOPING.plaatsing.read)];
    const [{ totaal }] = await this.db.query(
      `SELECT count(*)::int AS totaal FROM plaatsingen p WHERE ${where}`,
      params,
    );
    const items = await this.db.query(
      `SELECT ${KOLOMMEN} FROM plaatsingen p JOIN werkgevers w ON w.id = p.werkgever_id LEFT JOIN vacatures v ON v.id = p.vacature_id
        WHERE ${where} ORDER BY p.startdatum DESC, p.created_at DESC, p.id LIMIT $4 OFFSET $5`,
      [...params, v.paginagrootte, (v.pagina - 1) * v.paginagrootte],
    );
    return { items, pagina: v.pagina, paginagrootte: v.paginagrootte, totaal };
  }
}
