import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const Kandidaat = z.object({
  kandidaatcode: z.string().describe('pseudonymous; changes with the consent'),
  score: z.number(),
  overlap: z.array(z.string()),
  dekking: z.number(),
  profiel: z
    .object({ trajectId: z.uuid(), skills: z.array(z.string()) })
    .optional()
    .describe('only when the person consented and the consultant released the profile'),
});

export class GerangschikteKandidaten extends createZodDto(z.object({ items: z.array(Kandidaat) })) {}
