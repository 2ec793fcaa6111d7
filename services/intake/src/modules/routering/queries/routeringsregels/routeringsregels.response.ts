import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { OpgeslagenRegeltabelSchema } from '../../domain';

export class RegeltabelVersie extends createZodDto(
  z.object({
    versie: z.number().int(),
    tabel: OpgeslagenRegeltabelSchema.describe(
      'as stored: version 1 predates the rule that an age limit names its bron',
    ),
    toelichting: z.string(),
    vastgesteldDoor: z.string(),
    vastgesteldOp: z.iso.datetime({ offset: true }),
  }),
) {}
