import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, maySee, Operation, Principal, Roles } from '@wiz/platform';
import { OPVOLGING_SOORTEN, OPVOLGING_STATUSSEN } from '../domain/opvolging';
import { OPVOLGING_KOLOMMEN, opvolgingView } from './opvolging.view';
import { Opvolging, Opvolgingen } from './opvolging.response';

class OpvolgingenVraag extends createZodDto(
  z
    .object({
      soort: z.enum(OPVOLGING_SOORTEN).optional(),
      status: z.enum(OPVOLGING_STATUSSEN).optional(),
      trajectId: z.uuid().optional(),
    })
    .strict(),
) {}

@ApiTags('opvolgingen')
@Controller('opvolgingen')
export class OpvolgingenController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'listOpvolgingen',
    summary: "Follow-ups of the organisation's trajecten, earliest due first",
    status: 200,
    response: Opvolgingen,
  })
  async list(@Query() vraag: OpvolgingenVraag, @CurrentPrincipal() wie: Principal) {
    const alles = wie.roles.includes('beheer');
    const rows = await this.dataSource.query(
      `SELECT ${OPVOLGING_KOLOMMEN}
         FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id
        WHERE ($1::text IS NULL OR o.soort = $1) AND ($2::text IS NULL OR o.status = $2) AND ($3::uuid IS NULL OR o.traject_id = $3)
          AND ($4 OR t.organisatie = $5)
        ORDER BY o.vervaldatum LIMIT 500`,
      [vraag.soort ?? null, vraag.status ?? null, vraag.trajectId ?? null, alles, wie.organisatie],
    );
    return { items: rows.map(opvolgingView) };
  }

  /** One follow-up, for the duurzaamheidscheck form; 404 when its traject belongs to an organisation the caller may not see. */
  @Get(':id')
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'getOpvolging',
    summary: 'One follow-up with its outcome, if recorded',
    status: 200,
    response: Opvolging,
    errors: { 404: 'No follow-up with this id that the caller may see.' },
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() wie: Principal) {
    const [r] = await this.dataSource.query(
      `SELECT ${OPVOLGING_KOLOMMEN}, t.organisatie FROM opvolgingen o JOIN trajecten t ON t.id = o.traject_id WHERE o.id = $1`,
      [id],
    );
    if (!r || !maySee(wie, [r.organisatie])) throw new NotFoundException(`Opvolging ${id} not found.`);
    return opvolgingView(r);
  }
}
