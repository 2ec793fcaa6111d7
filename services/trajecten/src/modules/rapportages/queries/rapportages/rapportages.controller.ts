import { Controller, Get, Param, ParseUUIDPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Operation, RawOperation, Roles } from '@wiz/platform';
import { bestandsnaam } from '../../documenten/opmaak';
import { RapportSamensteller } from '../rapport-samensteller';
import { BestandVraag, LijstVraag, VoorbeeldVraag } from '../rapportage-vragen';
import { GepubliceerdeRapportage, Rapport, Rapportages } from '../rapportages.response';
import { RapportagesQuery } from './rapportages.query';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The half-year (or quarterly) council report: a preview computed now, and published reports read back exactly as
 * they were frozen. Regional counts without persons, so not scoped to an organisation, like the monitor.
 */
@ApiTags('rapportages')
@Controller('rapportages')
export class RapportagesController {
  constructor(
    private readonly samensteller: RapportSamensteller,
    private readonly rapportages: RapportagesQuery,
  ) {}

  @Get()
  @Roles('monitor', 'beheer')
  @Operation({
    id: 'listRapportages',
    summary:
      'Published reports, newest first: periode, gemeente, versie, definition version, who published and when, file hashes',
    status: 200,
    response: Rapportages,
  })
  lijst(@Query() vraag: LijstVraag) {
    return this.rapportages.lijst(vraag);
  }

  @Get('voorbeeld')
  @Roles('monitor', 'beheer')
  @Operation({
    id: 'getRapportVoorbeeld',
    summary:
      'Preview of the report for a half year or quarter and a gemeente (or the region), from the figures as they are now; not stored',
    status: 200,
    response: Rapport,
  })
  voorbeeld(@Query() vraag: VoorbeeldVraag) {
    return this.samensteller.stelSamen(vraag.periode, vraag.gemeentecode);
  }

  @Get(':id')
  @Roles('monitor', 'beheer')
  @Operation({
    id: 'getRapportage',
    summary: 'A published report with its frozen figures',
    status: 200,
    response: GepubliceerdeRapportage,
    errors: { 404: 'No published report with this id.' },
  })
  een(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.rapportages.een(id);
  }

  @Get(':id/bestand')
  @Roles('monitor', 'beheer')
  @RawOperation({
    id: 'getRapportageBestand',
    summary: 'The stored PDF or XLSX of a published report, byte for byte as published',
    status: 200,
    produces: Object.values(CONTENT_TYPES),
    responseDescription: 'The file',
    errors: { 404: 'No published report with this id.' },
  })
  async bestand(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() vraag: BestandVraag,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const b = await this.rapportages.bestand(id, vraag.formaat);
    void reply.header('Content-Type', CONTENT_TYPES[vraag.formaat]);
    void reply.header('Content-Disposition', `attachment; filename="${bestandsnaam(b, b.versie, vraag.formaat)}"`);
    return new StreamableFile(b.inhoud);
  }
}
