import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import { StapSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { TRAJECT_KOLOMMEN, trajectView } from '../traject.view';
import { TRAJECTEN_CONFIG, TrajectenConfig } from '../../../../config/trajecten-config';
import { Werklijst } from './list-trajecten.response';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

class WerklijstVraag extends createZodDto(
  z
    .object({
      inwonerId: z.uuid().optional(),
      stap: StapSchema.optional(),
      status: z.enum(['actief', 'afgesloten']).optional(),
      stilgevallen: bool.optional(),
      pagina: z.coerce.number().int().min(1).default(1),
      paginagrootte: z.coerce.number().int().min(1).max(200).default(50),
    })
    .strict(),
) {}

/**
 * The consulent's worklist: trajecten of their organisation (beheer: all), filtered by inwoner, step, status or
 * stalled (no change for STILSTAND_NA), longest-quiet first, paged. Each item counts its open follow-ups, so the
 * worklist shows where something waits (one indexed count per row of the page).
 */
@ApiTags('trajecten')
@Controller('trajecten')
export class ListTrajectenController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(TRAJECTEN_CONFIG) private readonly config: TrajectenConfig,
  ) {}

  @Get()
  @Roles('consulent', 'beheer')
  @Operation({
    id: 'listTrajecten',
    summary: "Worklist of trajecten the caller's organisation may see",
    status: 200,
    response: Werklijst,
  })
  async listTrajecten(@Query() v: WerklijstVraag, @CurrentPrincipal() wie: Principal) {
    const where = `($1::uuid IS NULL OR t.inwoner_id = $1) AND ($2::text IS NULL OR t.huidige_stap = $2) AND ($3::text IS NULL OR t.status = $3)
      AND ($4::boolean IS NULL OR ((t.status = 'actief' AND t.laatste_wijziging_op <= now() - $5::interval) = $4))
      AND ($6 OR t.organisatie = $7)`;
    const params = [
      v.inwonerId ?? null,
      v.stap ?? null,
      v.status ?? null,
      v.stilgevallen ?? null,
      this.config.stilstandNa,
      wie.roles.includes('beheer'),
      wie.organisatie,
    ];
    const [{ totaal }] = await this.dataSource.query(
      `SELECT count(*)::int AS totaal FROM trajecten t WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query(
      `SELECT ${TRAJECT_KOLOMMEN},
              (SELECT count(*)::int FROM opvolgingen o WHERE o.traject_id = t.id AND o.status = 'open') AS open_opvolgingen
         FROM trajecten t WHERE ${where} ORDER BY t.laatste_wijziging_op, t.id LIMIT $8 OFFSET $9`,
      [...params, v.paginagrootte, (v.pagina - 1) * v.paginagrootte],
    );
    const items = rows.map((t: Parameters<typeof trajectView>[0] & { open_opvolgingen: number }) => ({
      ...trajectView(t),
      openOpvolgingen: t.open_opvolgingen,
    }));
    return { items, pagina: v.pagina, paginagrootte: v.paginagrootte, totaal };
  }
}
