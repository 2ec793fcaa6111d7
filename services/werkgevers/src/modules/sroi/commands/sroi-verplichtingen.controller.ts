import { Body, Controller, Get, Inject, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { Idempotent, Roles, problemException } from '@wiz/platform';
import { Bouwblokken, SroiVerplichtingInvoerSchema, sroiVoortgang } from '../domain';
import { BOUWBLOKKEN } from '../../../config/werkgevers-config';

class NieuweVerplichting extends createZodDto(SroiVerplichtingInvoerSchema) {}

/** SROI obligations of suppliers and their progress: placements valued by bouwblok, in integer cents. */
@ApiTags('sroi')
@Controller('sroi-verplichtingen')
export class SroiVerplichtingenController {
  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(BOUWBLOKKEN) private readonly bouwblokken: Bouwblokken) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record an SROI obligation (contract value, percentage, period)' })
  @ApiCreatedResponse({ description: '{ id }' })
  async maak(@Body() v: NieuweVerplichting) {
    const [werkgever] = await this.db.query('SELECT 1 FROM werkgevers WHERE id = $1', [v.werkgeverId]);
    if (!werkgever) throw problemException(400, 'Unknown reference.', { errors: [{ field: 'werkgeverId', message: 'no such werkgever' }] });
    const id = randomUUID();
    await this.db.query(
      'INSERT INTO sroi_verplichtingen (id, werkgever_id, opdracht, opdrachtwaarde_centen, percentage, startdatum, einddatum) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, v.werkgeverId, v.opdracht, v.opdrachtwaardeCenten, v.percentage, v.startdatum, v.einddatum],
    );
    return { id };
  }

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'An SROI obligation with its progress in euro cents and percent' })
  @ApiOkResponse({ description: '{ id, werkgeverId, opdracht, opdrachtwaardeCenten, percentage, startdatum, einddatum, voortgang }' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const [v] = await this.db.query(
      `SELECT id, werkgever_id, opdracht, opdrachtwaarde_centen::text, percentage::text, to_char(startdatum, 'YYYY-MM-DD') AS startdatum,
              to_char(einddatum, 'YYYY-MM-DD') AS einddatum FROM sroi_verplichtingen WHERE id = $1`,
      [id],
    );
    if (!v) throw new NotFoundException(`SROI-verplichting ${id} not found.`);
    const plaatsingen = await this.db.query(
      `SELECT sroi_doelgroep AS doelgroep, uren_per_week::text AS uren, to_char(startdatum, 'YYYY-MM-DD') AS startdatum,
              to_char(einddatum, 'YYYY-MM-DD') AS einddatum FROM plaatsingen WHERE sroi_verplichting_id = $1`,
      [id],
    );
    const verplichting = { opdrachtwaardeCenten: Number(v.opdrachtwaarde_centen), percentage: Number(v.percentage), startdatum: v.startdatum, einddatum: v.einddatum };
    const voortgang = sroiVoortgang(
      verplichting,
      plaatsingen.map((p: Record<string, string | null>) => ({ doelgroep: p.doelgroep, urenPerWeek: Number(p.uren), startdatum: p.startdatum, einddatum: p.einddatum })),
      this.bouwblokken,
    );
    return { id: v.id, werkgeverId: v.werkgever_id, opdracht: v.opdracht, ...verplichting, voortgang };
  }
}
