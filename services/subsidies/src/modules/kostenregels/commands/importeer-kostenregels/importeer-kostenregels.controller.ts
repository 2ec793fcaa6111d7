import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { CSV, importType, XLSX } from '../../import/open-import';
import { ImporteerKostenregelsService } from './importeer-kostenregels.service';
import { ImportInBewerking, KostenregelImport } from './importeer-kostenregels.response';

@ApiTags('kostenregels')
@Controller('kostenregels')
export class ImporteerKostenregelsController {
  constructor(private readonly service: ImporteerKostenregelsService) {}

  /**
   * Imports a CSV (`,` or `;`; UTF-8, Windows-1252 or UTF-16 with a byte order mark) or XLSX file, columns named as
   * the JSON fields. All or nothing: one bad row and nothing is imported, with every bad row and field named. Up to
   * IMPORT_DIRECT_MAX rows are stored within the request (201); a larger file answers 202 and is stored by a job,
   * whose status, progress and outcome `GET /kostenregels/importen/{id}` shows.
   */
  @Post('import')
  @Roles('financien', 'beheer')
  @ApiConsumes(CSV, XLSX)
  @Operation({
    id: 'importeerKostenregels',
    summary: 'Import cost lines from CSV or XLSX; any bad row imports nothing; a large file runs as a job (202)',
    status: 201,
    response: KostenregelImport,
    responseDescription: 'Stored within the request: { aantal }',
  })
  @ApiAcceptedResponse({
    description: 'A large file, stored by a job; follow it at /kostenregels/importen/{id} (Location)',
    type: ImportInBewerking,
  })
  async importeer(
    @Body() bestand: Buffer,
    @Headers('content-type') contentType = '',
    @CurrentPrincipal() wie: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const antwoord = await this.service.importeer(bestand, importType(contentType, bestand), wie);
    if ('id' in antwoord) void reply.status(202).header('Location', `/api/v1/kostenregels/importen/${antwoord.id}`);
    return antwoord;
  }
}
