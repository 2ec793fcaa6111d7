import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

export class Arrangement extends createZodDto(
  z.object({
    id: z.uuid(),
    naam: z.string(),
    soort: z.string(),
    werkgeverIds: z.array(z.uuid()),
    onderwijsinstelling: z.string().nullable(),
    plaatsen: z.number().int(),
    startdatum: IsoDateSchema,
    einddatum: IsoDateSchema,
    bezet: z.number().int().describe('placements in it that have not ended'),
  }),
) {}
