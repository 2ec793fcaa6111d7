import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Roles } from '@wiz/platform';

@ApiTags('werkgevers')
@Controller('werkgevers')
export class WerkgeversController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'All employers' })
  @ApiOkResponse({ description: '{ items: [{ id, kvkNummer, naam, gemeentecode, sbiCode, strategischPartner }] }' })
  async list() {
    const rows = await this.db.query('SELECT id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner FROM werkgevers ORDER BY naam LIMIT 1000');
    return { items: rows.map(werkgeverView) };
  }

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'One employer with contacts and vacancies' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const [w] = await this.db.query('SELECT id, kvk_nummer, naam, gemeentecode, sbi_code, strategisch_partner FROM werkgevers WHERE id = $1', [id]);
    if (!w) throw new NotFoundException(`Werkgever ${id} not found.`);
    const contactpersonen = await this.db.query('SELECT id, naam, functie, email, telefoon FROM contactpersonen WHERE werkgever_id = $1 ORDER BY naam', [id]);
    const vacatures = await this.db.query(
      `SELECT id, titel, uren_per_week::float AS "urenPerWeek", aantal, skills, open_hiring AS "openHiring", cv_loos AS "cvLoos",
              geschikt_voor_afspraakbaan AS "geschiktVoorAfspraakbaan" FROM vacatures WHERE werkgever_id = $1 ORDER BY created_at`,
      [id],
    );
    return { ...werkgeverView(w), contactpersonen, vacatures };
  }
}

function werkgeverView(w: Record<string, unknown>) {
  return { id: w.id, kvkNummer: w.kvk_nummer, naam: w.naam, gemeentecode: w.gemeentecode, sbiCode: w.sbi_code, strategischPartner: w.strategisch_partner };
}
