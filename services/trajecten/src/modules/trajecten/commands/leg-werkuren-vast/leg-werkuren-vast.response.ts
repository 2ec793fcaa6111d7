import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema } from '@wiz/contracts';

export const WerkurenSchema = z.object({
  id: z.uuid(),
  ingangsdatum: IsoDateSchema,
  urenPerWeek: z.number(),
  vorigeUrenPerWeek: z.number(),
});

export class WerkurenVastgelegd extends createZodDto(
  WerkurenSchema.extend({
    trajectId: z.uuid(),
    stapVooruit: z
      .boolean()
      .describe('true when the hours rose: the monitor counts een stap vooruit (once per inwoner)'),
    versie: z.number().int(),
  }),
) {}
