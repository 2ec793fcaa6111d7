import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class LadderGewijzigd extends createZodDto(
  z.object({ id: z.uuid(), participatieladder: z.number().int().min(1).max(6), versie: z.number().int() }),
) {}
