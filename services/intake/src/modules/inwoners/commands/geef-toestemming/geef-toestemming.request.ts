import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { IsoDateSchema, ToestemmingDoelSchema } from '@wiz/contracts';

export class GeefToestemmingRequest extends createZodDto(
  z
    .object({
      doel: ToestemmingDoelSchema,
      vacatureId: z.uuid().optional().describe('required for profiel-delen-met-vacature, not allowed otherwise'),
      geldigTot: IsoDateSchema.optional().describe(
        'the last day the consent holds (today or later); absent: until withdrawn',
      ),
    })
    .strict()
    .refine((v) => (v.doel === 'profiel-delen-met-vacature') === (v.vacatureId !== undefined), {
      error: 'vacatureId is required for profiel-delen-met-vacature and not allowed for any other purpose',
      path: ['vacatureId'],
    }),
) {}
