import { z } from 'zod';
import { UitkeringSchema } from '@wiz/contracts';
import { ParticipatieladderSchema } from './participatieladder';

/** A person's situation as front office records it at intake: what routing and the ESF+ attributes look at. */
export const SituatieSchema = z
  .object({
    uitkering: UitkeringSchema,
    werkend: z.boolean(),
    zzp: z.boolean(),
    arbeidsbeperking: z.boolean(),
    statushouder: z.boolean(),
    startkwalificatie: z.boolean(),
    participatieladder: ParticipatieladderSchema.optional(),
  })
  .strict();

export type Situatie = z.infer<typeof SituatieSchema>;
