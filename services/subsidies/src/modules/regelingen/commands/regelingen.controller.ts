import { Body, Controller, Get, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { GemeentecodeSchema, IsoDateSchema, KOSTENSOORTEN, REGELING_CODE_PATTERN } from '@wiz/contracts';
import { Roles, problemException } from '@wiz/platform';

const percentage = (max: number) =>
  z
    .number()
    .min(0, `must be between 0 and ${max}`)
    .max(max, `must be between 0 and ${max}`)
    .refine((n) => Number.isInteger(n * 100), 'must have at most two decimals');

const RegelingSchema = z
  .object({
    code: z.string().regex(REGELING_CODE_PATTERN, 'must be upper-case letters, digits or hyphens, e.g. JTF'),
    naam: z.string().trim().min(1).max(300),
    startdatum: IsoDateSchema,
    einddatum: IsoDateSchema,
    gemeentecodes: z.array(GemeentecodeSchema).min(1),
    cofinancieringspercentage: percentage(100),
    // CPR 2021/1060 art. 56: a flat rate of at most 40% of direct staff costs covers the remaining costs.
    flatRatePercentage: percentage(40).optional(),
    kostensoorten: z
      .array(z.enum(KOSTENSOORTEN))
      .min(1)
      .default([...KOSTENSOORTEN]),
  })
  .strict()
  .refine((r) => r.einddatum >= r.startdatum, { path: ['einddatum'], message: 'must not be before startdatum' });
class NieuweRegeling extends createZodDto(RegelingSchema) {}

@ApiTags('regelingen')
@Controller('regelingen')
export class RegelingenController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Post()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'Record a subsidy scheme (JTF, NPG, …)' })
  @ApiCreatedResponse({ description: 'The scheme' })
  async maak(@Body() r: NieuweRegeling) {
    const inserted: unknown[] = await this.db.query(
      `INSERT INTO regelingen (code, naam, startdatum, einddatum, gemeentecodes, cofinancieringspercentage, flat_rate_percentage, kostensoorten)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING code`,
      [
        r.code,
        r.naam,
        r.startdatum,
        r.einddatum,
        [...new Set(r.gemeentecodes)],
        r.cofinancieringspercentage,
        r.flatRatePercentage ?? null,
        r.kostensoorten,
      ],
    );
    if (inserted.length === 0) throw problemException(409, `A regeling with code ${r.code} exists already.`);
    return this.lees(r.code);
  }

  @Get()
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'All schemes' })
  @ApiOkResponse({ description: '{ items: regeling[] }' })
  async list() {
    const rows = await this.db.query('SELECT code FROM regelingen ORDER BY code');
    return { items: await Promise.all(rows.map((r: { code: string }) => this.lees(r.code))) };
  }

  @Get(':code')
  @Roles('financien', 'beheer')
  @ApiOperation({ summary: 'One scheme' })
  async get(@Param('code') code: string) {
    const r = await this.lees(code);
    if (!r) throw new NotFoundException(`Regeling ${code} not found.`);
    return r;
  }

  private async lees(code: string) {
    const [r] = await this.db.query(
      `SELECT code, naam, to_char(startdatum, 'YYYY-MM-DD') AS startdatum, to_char(einddatum, 'YYYY-MM-DD') AS einddatum, gemeentecodes,
              cofinancieringspercentage::float AS cofinancieringspercentage, flat_rate_percentage::float AS flat_rate_percentage, kostensoorten
         FROM regelingen WHERE code = $1`,
      [code],
    );
    if (!r) return undefined;
    return {
      code: r.code,
      naam: r.naam,
      startdatum: r.startdatum,
      einddatum: r.einddatum,
      gemeentecodes: r.gemeentecodes,
      cofinancieringspercentage: r.cofinancieringspercentage,
      ...(r.flat_rate_percentage !== null ? { flatRatePercentage: r.flat_rate_percentage } : {}),
      kostensoorten: r.kostensoorten,
    };
  }
}
