import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { paginering, StapSchema } from '@wiz/contracts';
import { CurrentPrincipal, Operation, Principal, Roles } from '@wiz/platform';
import { WerklijstQuery } from './list-trajecten.query';
import { Werklijst } from './list-trajecten.response';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

class WerklijstVraag extends createZodDto(
  z
    .object({
      inwonerId: z.uuid().optional(),
      stap: StapSchema.optional(),
      status: z.enum(['actief', 'afgesloten']).optional(),
      stilgevallen: bool.optional(),
      ...paginering(50),
    })
    .strict(),
) {}

/**
 * The consulent's worklist: trajecten of their organisation (beheer: all), filtered by inwoner, step, status or
 * stalled (no change for STILSTAND_NA), longest-quiet first, paged, each with its open follow-ups counted.
 */
@ApiTags('trajecten')
@Controller('trajecten')
export class ListTrajectenController {
  constructor(private readonly werklijst: WerklijstQuery) {}

  @Get()
  @Roles('consulent', 'teamleider', 'beheer')
  @Operation({
    id: 'listTrajecten',
    summary: "Worklist of trajecten the caller's organisation may see",
    status: 200,
    response: Werklijst,
  })
  listTrajecten(@Query() v: WerklijstVraag, @CurrentPrincipal() wie: Principal) {
    return this.werklijst.pagina({ ...v, alles: wie.roles.includes('beheer'), organisatie: wie.organisatie });
  }
}
