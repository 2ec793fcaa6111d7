import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

export class UrenGewijzigd extends createZodDto(
  z.object({
    id: z.uuid(),
    plaatsingId: z.uuid(),
    vorigeUrenPerWeek: z.number(),
    urenPerWeek: z.number(),
    ingangsdatum: IsoDateSchema,
  }),
) {}
