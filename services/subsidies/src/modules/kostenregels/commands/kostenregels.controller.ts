import { Body, Controller, Headers, Inject, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentPrincipal, Idempotent, Principal, Roles, TransactionRunner, problemException } from '@wiz/platform';
import { KostenregelInvoerSchema } from '../domain';
import { KostenregelOpslag } from '../database/kostenregel-opslag';
import { KostenregelImporteur } from '../database/kostenregel-importeur';
import { KostenregelImportWachtrij } from '../database/kostenregel-import-wachtrij';
import { SUBSIDIES_CONFIG, SubsidiesConfig } from '../../../config/subsidies-config';
import { CSV, importType, openImport, XLSX } from './import/open-import';
import { leesTot } from './import/import-bron';

class NieuweKostenregel extends createZodDto(KostenregelInvoerSchema) {}

@ApiTags('kostenregels')
@Controller('kostenregels')
export class KostenregelsController {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly opslag: KostenregelOpslag,
    private readonly importeur: KostenregelImporteur,
    private readonly wachtrij: KostenregelImportWachtrij,
    @Inject(SUBSIDIES_CONFIG) private readonly config: SubsidiesConfig,
  ) {}

  @Post()
  @Roles('financien', 'beheer')
  @Idempotent()
  @ApiOperation({ summary: 'Record one cost line (cents, or staff hours × hourly rate) with its supporting document' })
  @ApiCreatedResponse({ description: '{ id }' })
  async maak(@Body() regel: NieuweKostenregel, @CurrentPrincipal() wie: Principal) {
    const [id] = await this.transactions.run((m) => this.opslag.bewaar(m, [regel], wie.organisatie));
    return { id };
  }

  /**
   * Imports a CSV (`,` or `;`; UTF-8, Windows-1252 or UTF-16 with a byte order mark) or XLSX file, columns named as
   * the JSON fields. All or nothing: one bad row and nothing is imported, with every bad row and field named. Up to
   * IMPORT_DIRECT_MAX rows are stored within the request (201); a larger file answers 202 and is stored by a job,
   * whose status, progress and outcome `GET /kostenregels/importen/{id}` shows.
   */
  @Post('import')
  @Roles('financien', 'beheer')
  @ApiConsumes(CSV, XLSX)
  @ApiOperation({
    summary: 'Import cost lines from CSV or XLSX; any bad row imports nothing; a large file runs as a job (202)',
  })
  @ApiCreatedResponse({ description: '{ aantal }' })
  @ApiAcceptedResponse({
    description: '{ id, status: in-bewerking, voortgang: 0 }; follow it at /kostenregels/importen/{id}',
  })
  async importeer(
    @Body() bestand: Buffer,
    @Headers('content-type') contentType = '',
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const type = importType(contentType, bestand);
    const bron = await openImport(bestand, type, this.config.import);
    const begin = await leesTot(bron, this.config.import.directMax);
    if (begin.meer) {
      const id = await this.wachtrij.neemAan(bestand, type, wie);
      void reply.status(202).header('Location', `/api/v1/kostenregels/importen/${id}`);
      return { id, status: 'in-bewerking', voortgang: 0 };
    }
    const uitkomst = await this.transactions.run((m) => this.importeur.importeer(m, wie.organisatie, begin.rijen));
    if ('geweigerd' in uitkomst)
      throw problemException(400, uitkomst.geweigerd.detail, { errors: uitkomst.geweigerd.errors });
    return uitkomst;
  }
}
