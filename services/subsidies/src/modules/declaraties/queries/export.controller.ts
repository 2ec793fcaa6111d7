import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { eisZichtbareDeclaratie } from '../database/declaratie-toegang';
import { regelsVan } from './regel-cursor';
import { schrijfCsv } from './csv-export';
import { schrijfXlsx } from './xlsx-export';
import { schrijfPdf } from './pdf-export';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

class ExportVraag extends createZodDto(z.object({ formaat: z.enum(['xlsx', 'csv', 'pdf']) }).strict()) {}

/** Claim exports for finance and the auditor, streamed: lines go from a database cursor straight into the file. */
@ApiTags('declaraties')
@Controller('declaraties')
export class ExportController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get(':id/export')
  @Roles('financien', 'beheer')
  @ApiProduces(...Object.values(CONTENT_TYPES))
  @ApiOperation({
    summary: 'The claim as XLSX (lines, exclusions, indicators), CSV (all lines) or a PDF summary to sign',
  })
  @ApiOkResponse({ description: 'The file' })
  async export(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() v: ExportVraag,
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    await eisZichtbareDeclaratie(this.db, id, wie);
    const [d] = await this.db.query(
      `SELECT d.id, d.status, d.regeling_code, r.naam AS regeling_naam, to_char(d.periode_van, 'YYYY-MM-DD') AS periode_van, to_char(d.periode_tot, 'YYYY-MM-DD') AS periode_tot,
              d.resultaat, d.ingediend_op,
              (SELECT json_object_agg(coalesce(reden, 'opgenomen'), n) FROM (SELECT reden, count(*)::int AS n FROM declaratie_regels WHERE declaratie_id = d.id GROUP BY reden) x) AS aantallen
         FROM declaraties d JOIN regelingen r ON r.code = d.regeling_code WHERE d.id = $1`,
      [id],
    );
    if (!d || d.status === 'in-bewerking') throw new NotFoundException(`No compiled declaratie ${id}.`);
    void reply.header('Content-Type', CONTENT_TYPES[v.formaat]);
    void reply.header(
      'Content-Disposition',
      `attachment; filename="declaratie-${d.regeling_code}-${d.periode_van}-${d.periode_tot}.${v.formaat}"`,
    );
    const out = new PassThrough();
    const werk =
      v.formaat === 'csv'
        ? schrijfCsv(out, regelsVan(this.db, id))
        : v.formaat === 'xlsx'
          ? schrijfXlsx(out, d, (opgenomen) => regelsVan(this.db, id, { opgenomen }))
          : schrijfPdf(out, d);
    werk.catch((err) => out.destroy(err));
    return new StreamableFile(out);
  }
}
