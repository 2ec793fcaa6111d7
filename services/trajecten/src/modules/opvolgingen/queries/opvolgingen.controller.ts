import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, Principal, Roles } from '@wiz/platform';
import { OPVOLGING_SOORTEN, OPVOLGING_STATUSSEN } from '../domain/opvolging';

class OpvolgingenVraag extends createZodDto(
  z.object({ soort: z.enum(OPVOLGING_SOORTEN).optional(), status: z.enum(OPVOLGING_STATUSSEN).optional(), trajectId: z.uuid().optional() }).strict(),
) {}

@ApiTags('opvolgingen')
@Controller('opvolgingen')
export class OpvolgingenController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('consulent', 'beheer')
  @ApiOperation({ summary: "Follow-ups of the organisation's trajecten, earliest due first" })
  @ApiOkResponse({ description: '{ items: [{ id, soort, trajectId, plaatsingId, vervaldatum, status, … }] }' })
  async list(@Query() vraag: OpvolgingenVraag, @CurrentPrincipal() wie: Principal) {
    const alles = wie.roles.includes('beheer');
    const rows = await this.dataSource.query(
      `SELECT o.id, o.soort, o.traject_id, o.plaatsing_id, o.vervaldatum, o.status, o.uitkomst,
              to_char(o.plaatsing_beeindigd_op, 'YYYY-MM-DD') AS plaatsing_beeindigd_op, o.plaatsing_beeindigd_reden
         FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id
        WHERE ($1::text IS NULL OR o.soort = $1) AND ($2::text IS NULL OR o.status = $2) AND ($3::uuid IS NULL OR o.traject_id = $3)
          AND ($4 OR t.organisatie = $5)
        ORDER BY o.vervaldatum LIMIT 500`,
      [vraag.soort ?? null, vraag.status ?? null, vraag.trajectId ?? null, alles, wie.organisatie],
    );
    return {
      items: rows.map((r: Record<string, any>) => ({
        id: r.id, soort: r.soort, trajectId: r.traject_id, plaatsingId: r.plaatsing_id, vervaldatum: r.vervaldatum.toISOString(), status: r.status,
        ...(r.uitkomst ? { uitkomst: { inDienst: r.uitkomst.inDienst, urenPerWeek: r.uitkomst.urenPerWeek, duurzaam: r.uitkomst.duurzaam } } : {}),
        ...(r.plaatsing_beeindigd_op ? { plaatsingBeeindigd: { einddatum: r.plaatsing_beeindigd_op, reden: r.plaatsing_beeindigd_reden } } : {}),
      })),
    };
  }
}
