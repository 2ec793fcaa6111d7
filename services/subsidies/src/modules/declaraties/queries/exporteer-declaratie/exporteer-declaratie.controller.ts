import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { CurrentPrincipal, Principal, RawOperation, Roles, streamedBody } from '@wiz/platform';
import { ExporteerDeclaratieService } from './exporteer-declaratie.service';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;

class ExportVraag extends createZodDto(z.object({ formaat: z.enum(['xlsx', 'csv', 'pdf']) }).strict()) {}

@ApiTags('declaraties')
@Controller('declaraties')
export class ExporteerDeclaratieController {
  constructor(private readonly service: ExporteerDeclaratieService) {}

  @Get(':id/export')
  @Roles('financien', 'beheer')
  @RawOperation({
    id: 'exporteerDeclaratie',
    summary: 'The claim as XLSX (lines, exclusions, indicators), CSV (all lines) or a PDF summary to sign',
    status: 200,
    produces: Object.values(CONTENT_TYPES),
    responseDescription: 'The file, in the content type of `formaat`',
    errors: { 404: 'No compiled claim with this id that the caller may see.' },
  })
  async export(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() v: ExportVraag,
    @CurrentPrincipal() wie: Principal,
  ): Promise<StreamableFile> {
    const bestand = await this.service.exporteer(id, v.formaat, wie);
    return streamedBody(bestand.schrijf, {
      type: CONTENT_TYPES[v.formaat],
      disposition: `attachment; filename="${bestand.bestandsnaam}"`,
    });
  }
}
