import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

export class GevondenInwoners extends createZodDto(
  z.object({
    items: z.array(
      z.object({
        id: z.uuid(),
        voornaam: z.string(),
        achternaam: z.string(),
        geboortedatum: IsoDateSchema,
        gemeentecode: z.string(),
      }),
    ),
  }),
) {}
