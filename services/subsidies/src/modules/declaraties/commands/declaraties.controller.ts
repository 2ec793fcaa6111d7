import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createZodDto } from 'nestjs-zod';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DeclaratieIngediend } from '@wiz/contracts';
import {
  assertReach,
  CurrentPrincipal,
  Idempotent,
  Outbox,
  Principal,
  Roles,
  TransactionRunner,
  problemException,
} from '@wiz/platform';
import { DeclaratieAanvraagSchema, overlaptMetRegeling } from '../domain';
import { DeclaratieSamensteller } from '../database/declaratie-samensteller';
import { DeclaratieWachtrij } from '../database/declaratie-wachtrij';
import { eisZichtbareDeclaratie } from '../database/declaratie-toegang';
import { leesDeclaratie } from '../queries/declaratie.view';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../../../config/subsidies-config';
import { SCOPING } from '../../scoping';

class DeclaratieAanvraag extends createZodDto(DeclaratieAanvraagSchema) {}

@ApiTags('declaraties')
@Controller('declaraties')
export class DeclaratiesController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: Outbox,
    private readonly samensteller: DeclaratieSamensteller,
    private readonly wachtrij: DeclaratieWachtrij,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SUBSIDIES_CONFIG) private readonly config: SubsidiesConfig,
  ) {}

  /**
   * Up to DECLARATIE_DIRECT_MAX candidate lines compile within the request (201); more run as a job (202). The claim
   * belongs to the caller's organisation and takes only that organisation's cost lines.
   */
  @Post()
  @Roles('financien', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Compile a claim for a scheme and period' })
  @ApiCreatedResponse({ description: 'The concept claim' })
  @ApiAcceptedResponse({ description: '{ id, status: in-bewerking, voortgang }' })
  async maak(
    @Body() a: DeclaratieAanvraag,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const [regeling] = await this.db.query(
      `SELECT to_char(startdatum, 'YYYY-MM-DD') AS startdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum FROM regelingen WHERE code = $1`,
      [a.regelingCode],
    );
    if (!regeling)
      throw problemException(400, 'Unknown scheme.', {
        errors: [{ field: 'regelingCode', message: `no regeling ${a.regelingCode}` }],
      });
    if (!overlaptMetRegeling(a, regeling))
      throw problemException(400, 'The claim period lies outside the scheme.', {
        errors: [
          {
            field: 'periodeVan',
            message: `the period has no overlap with ${regeling.startdatum}..${regeling.einddatum}`,
          },
        ],
      });
    const id = randomUUID();
    // The claim's lines plus the flat rate on their staff costs bound its total (numeric in SQL: no overflow). A total
    // beyond the safe integer range of cents cannot be stated, so such a claim is refused before it exists rather
    // than left `in-bewerking` by a compilation that cannot finish.
    const [{ n, teGroot }] = await this.db.query(
      `SELECT count(*)::int AS n,
              coalesce(sum(bedrag_centen), 0) + floor(coalesce(sum(bedrag_centen) FILTER (WHERE soort = 'personeel'), 0)
                * (SELECT coalesce(flat_rate_percentage, 0) FROM regelingen WHERE code = $1) / 100) > ${Number.MAX_SAFE_INTEGER} AS "teGroot"
         FROM kostenregels WHERE regeling_code = $1 AND organisatie = $4 AND datum BETWEEN $2 AND $3`,
      [a.regelingCode, a.periodeVan, a.periodeTot, wie.organisatie],
    );
    if (teGroot)
      throw problemException(
        422,
        'The cost lines of this period add up to more cents than an amount can hold; claim a shorter period.',
        { errors: [{ field: 'periodeTot', message: 'the claim total would exceed the largest amount in cents' }] },
      );
    await this.transactions.run(async (m) => {
      await m.query(
        `INSERT INTO declaraties (id, regeling_code, periode_van, periode_tot, status, aangemaakt_door, organisatie) VALUES ($1, $2, $3, $4, 'in-bewerking', $5, $6)`,
        [id, a.regelingCode, a.periodeVan, a.periodeTot, wie.subject, wie.organisatie],
      );
      await m.query(
        `INSERT INTO declaratie_audit (declaratie_id, actie, door, details) VALUES ($1, 'aangemaakt', $2, $3)`,
        [id, wie.subject, JSON.stringify(a)],
      );
    });
    if (n > this.config.directMax) {
      await this.wachtrij.zetKlaar(id);
      void reply.status(202);
      return { id, status: 'in-bewerking', voortgang: 0 };
    }
    await this.samensteller.compileer(id);
    return leesDeclaratie(this.db.manager, id);
  }

  @Get(':id')
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'A claim: progress while compiling, then its lines, exclusions, totals and indicators' })
  @ApiOkResponse({ description: 'The claim' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    await eisZichtbareDeclaratie(this.db, id, wie);
    const d = await leesDeclaratie(this.db.manager, id);
    if (!d) throw new NotFoundException(`Declaratie ${id} not found.`);
    return d;
  }

  /**
   * Submits a concept claim. Its included lines go into ingediende_kostenregels, whose primary key refuses a line
   * that another submission holds: of two submissions sharing a line, one commits and the other gets 409.
   */
  @Post(':id/indiening')
  @HttpCode(200)
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Submit a concept claim; its lines can never be claimed again' })
  @ApiOkResponse({ description: '{ status: ingediend }' })
  dienIn(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    return this.transactions.run(async (m) => {
      const [d] = await m.query(
        `SELECT status, regeling_code, to_char(periode_van, 'YYYY-MM-DD') AS van, to_char(periode_tot, 'YYYY-MM-DD') AS tot, resultaat, organisatie FROM declaraties WHERE id = $1 FOR UPDATE`,
        [id],
      );
      assertReach(wie, SCOPING.declaratie, 'write', d && [d.organisatie], `Declaratie ${id}`);
      if (d.status !== 'concept')
        throw new ConflictException(
          `Only a concept claim can be submitted; this one is ${d.status}. Corrections go in a new claim.`,
        );
      try {
        await m.query('SAVEPOINT indienen');
        await m.query(
          `INSERT INTO ingediende_kostenregels (kostenregel_id, declaratie_id, regeling_code, bewijsstuk)
           SELECT k.id, $1, k.regeling_code, k.bewijsstuk FROM declaratie_regels r JOIN kostenregels k ON k.id = r.kostenregel_id
            WHERE r.declaratie_id = $1 AND r.opgenomen`,
          [id],
        );
      } catch (err) {
        if ((err as { code?: string }).code !== '23505') throw err;
        await m.query('ROLLBACK TO SAVEPOINT indienen');
        throw new ConflictException(
          'Some of its cost lines were submitted in another claim meanwhile. Compile a new claim.',
        );
      }
      const nu = new Date();
      const [{ n }] = await m.query(
        'SELECT count(*)::int AS n FROM declaratie_regels WHERE declaratie_id = $1 AND opgenomen',
        [id],
      );
      await m.query(`UPDATE declaraties SET status = 'ingediend', ingediend_op = $2 WHERE id = $1`, [id, nu]);
      await m.query(`INSERT INTO declaratie_audit (declaratie_id, actie, door) VALUES ($1, 'ingediend', $2)`, [
        id,
        wie.subject,
      ]);
      await this.outbox.add(
        m,
        DeclaratieIngediend,
        {
          declaratieId: id,
          regelingCode: d.regeling_code,
          periodeVan: d.van,
          periodeTot: d.tot,
          subsidiabelCenten: d.resultaat.subsidiabelCenten,
          bijdrageCenten: d.resultaat.bijdrageCenten,
          aantalKostenregels: n,
          ingediendOp: nu.toISOString(),
        },
        { subject: id },
      );
      return { id, status: 'ingediend' };
    });
  }

  @Get(':id/audit')
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Every change to the claim: who, what, when' })
  async audit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    await eisZichtbareDeclaratie(this.db, id, wie);
    const rows = await this.db.query(
      'SELECT actie, door, op, details FROM declaratie_audit WHERE declaratie_id = $1 ORDER BY id',
      [id],
    );
    return {
      items: rows.map((r: { actie: string; door: string; op: Date; details: unknown }) => ({
        actie: r.actie,
        door: r.door,
        op: r.op.toISOString(),
        details: r.details,
      })),
    };
  }
}
