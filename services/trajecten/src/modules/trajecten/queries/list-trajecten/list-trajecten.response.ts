import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { TrajectSchema } from '../get-traject/get-traject.response';

export class Werklijst extends createZodDto(
  z.object({
    items: z.array(TrajectSchema.extend({ openOpvolgingen: z.number().int() })),
    pagina: z.number().int(),
    paginagrootte: z.number().int(),
    totaal: z.number().int(),
  }),
) {}
