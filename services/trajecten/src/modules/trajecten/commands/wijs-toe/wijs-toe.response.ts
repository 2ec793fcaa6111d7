import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class Toegewezen extends createZodDto(
  z.object({
    id: z.uuid(),
    organisatie: z.string(),
    team: z.string().nullable(),
    consulent: z.string().nullable().describe("the consulent's subject"),
    versie: z.number().int(),
  }),
) {}
