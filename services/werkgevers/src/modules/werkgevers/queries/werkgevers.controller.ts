import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { assertReach, CurrentPrincipal, listedOrganisation, Principal, Roles } from '@wiz/platform';
import { SCOPING } from '../../scoping';

// Control characters are refused: PostgreSQL cannot hold a NUL in text, and no name or KvK number has them.
const Zoekterm = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
class WerkgeversVraag extends createZodDto(z.object({ zoek: Zoekterm.optional() }).strict()) {}

/** `zoek` as a LIKE pattern that matches the text literally (a % or _ typed by the user is no wildcard). */
const bevat = (zoek: string) => `%${zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@ApiTags('werkgevers')
@Controller('werkgevers')
export class WerkgeversController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'All employers, or those whose name or KvK number contains `zoek`' })
  @ApiOkResponse({ description: '{ items: [{ id, kvkNummer, naam, gemeentecode, sbiCode, strategischPartner }] }' })
  async list(@Query() v: WerkgeversVraag, @CurrentPrincipal() wie: Principal) {
    const rows = await this.db.query(
      `SELECT id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner FROM werkgevers
        WHERE ($1::text IS NULL OR naam ILIKE $1 OR kvk_nummer LIKE $1) AND ($2::text IS NULL OR organisatie = $2) ORDER BY naam LIMIT 1000`,
      [v.zoek ? bevat(v.zoek) : null, listedOrganisation(wie, SCOPING.werkgever.read)],
    );
    return { items: rows.map(werkgeverView) };
  }

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'One employer with contacts and vacancies' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const [w] = await this.db.query(
      'SELECT id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner, organisatie FROM werkgevers WHERE id = $1',
      [id],
    );
    assertReach(wie, SCOPING.werkgever, 'read', w && [w.organisatie], `Werkgever ${id}`);
    const contactpersonen = await this.db.query(
      'SELECT id, naam, functie, email, telefoon FROM contactpersonen WHERE werkgever_id = $1 ORDER BY naam',
      [id],
    );
    const vacatures = await this.db.query(
      `SELECT id, titel, uren_per_week::float AS "urenPerWeek", aantal, skills, skills_ingevoerd AS "skillsIngevoerd", open_hiring AS "openHiring", cv_loos AS "cvLoos",
              geschikt_voor_afspraakbaan AS "geschiktVoorAfspraakbaan" FROM vacatures WHERE werkgever_id = $1 ORDER BY created_at`,
      [id],
    );
    return { ...werkgeverView(w), contactpersonen, vacatures };
  }
}

function werkgeverView(w: Record<string, unknown>) {
  return {
    id: w.id,
    kvkNummer: w.kvk_nummer,
    naam: w.naam,
    gemeentecode: w.gemeentecode,
    sbiCode: w.sbi_code,
    strategischPartner: w.strategisch_partner,
  };
}
