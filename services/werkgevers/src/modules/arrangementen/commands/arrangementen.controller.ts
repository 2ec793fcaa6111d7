import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';
import {
  assertReach,
  CurrentPrincipal,
  Idempotent,
  Principal,
  Roles,
  TransactionRunner,
  problemException,
} from '@wiz/platform';
import { SCOPING } from '../../scoping';

const ArrangementSchema = z
  .object({
    naam: z.string().trim().min(1).max(300),
    soort: z.enum(['kansrijk-opleiden', 'werkfit', 'praktijkleren', 'open-hiring', 'sroi']),
    werkgeverIds: z.array(z.uuid()).min(1).max(100),
    onderwijsinstelling: z.string().trim().min(1).max(300).optional(),
    plaatsen: z.number().int().min(1).max(10_000),
    startdatum: IsoDateSchema,
    einddatum: IsoDateSchema,
  })
  .strict()
  .refine((a) => a.einddatum >= a.startdatum, { path: ['einddatum'], message: 'must not be before startdatum' });
class NieuwArrangement extends createZodDto(ArrangementSchema) {}

/**
 * Deals with employers and a school for a pathway (e.g. Kansrijk Opleiden in care: N places, a period). Any employer
 * team records one with any of the region's employers; the recording organisation owns it.
 */
@ApiTags('arrangementen')
@Controller('arrangementen')
export class ArrangementenController {
  constructor(
    private readonly transactions: TransactionRunner,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post()
  @Roles('werkgeversteam', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record an arrangement with employers and optionally a school' })
  @ApiCreatedResponse({ description: '{ id }' })
  maak(@Body() a: NieuwArrangement, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const ids = [...new Set(a.werkgeverIds)];
      const [{ n }] = await m.query('SELECT count(*)::int AS n FROM werkgevers WHERE id = ANY($1::uuid[])', [ids]);
      if (n !== ids.length)
        throw problemException(400, 'Unknown reference.', {
          errors: [{ field: 'werkgeverIds', message: 'contains an unknown werkgever' }],
        });
      const id = randomUUID();
      await m.query(
        'INSERT INTO arrangementen (id, naam, soort, onderwijsinstelling, plaatsen, startdatum, einddatum, organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [id, a.naam, a.soort, a.onderwijsinstelling ?? null, a.plaatsen, a.startdatum, a.einddatum, wie.organisatie],
      );
      await m.query('INSERT INTO arrangement_werkgevers (arrangement_id, werkgever_id) SELECT $1, unnest($2::uuid[])', [
        id,
        ids,
      ]);
      return { id };
    });
  }

  @Get(':id')
  @Roles('werkgeversteam', 'beheer')
  @ApiOperation({ summary: 'An arrangement with its occupancy (placements not ended)' })
  @ApiOkResponse({
    description: '{ id, naam, soort, werkgeverIds, onderwijsinstelling, plaatsen, startdatum, einddatum, bezet }',
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const [a] = await this.db.query(
      `SELECT a.id, a.naam, a.soort, a.onderwijsinstelling, a.organisatie, a.plaatsen, to_char(a.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(a.einddatum, 'YYYY-MM-DD') AS einddatum,
              (SELECT array_agg(werkgever_id) FROM arrangement_werkgevers w WHERE w.arrangement_id = a.id) AS werkgever_ids,
              (SELECT count(*)::int FROM plaatsingen p WHERE p.arrangement_id = a.id AND p.einddatum IS NULL) AS bezet
         FROM arrangementen a WHERE a.id = $1`,
      [id],
    );
    assertReach(wie, SCOPING.arrangement, 'read', a && [a.organisatie], `Arrangement ${id}`);
    return {
      id: a.id,
      naam: a.naam,
      soort: a.soort,
      werkgeverIds: a.werkgever_ids,
      onderwijsinstelling: a.onderwijsinstelling,
      plaatsen: a.plaatsen,
      startdatum: a.startdatum,
      einddatum: a.einddatum,
      bezet: a.bezet,
    };
  }
}
