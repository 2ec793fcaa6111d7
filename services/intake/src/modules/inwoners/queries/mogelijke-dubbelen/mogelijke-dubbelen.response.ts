import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class MogelijkeDubbelenPagina extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        id: z.uuid(),
        inwonerId: z.uuid(),
        kandidaatId: z.uuid(),
        gevondenOp: z.iso.datetime({ offset: true }),
      }),
    ),
    pagina: z.number().int(),
    paginagrootte: z.number().int(),
    totaal: z.number().int(),
  }),
) {}
