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

/** Only what routing looks at: other answers of an aanmelding (the ESF+ questions) never reach the engine. */
export function routeringssituatie(situatie: Situatie): Situatie {
  const velden = Object.keys(SituatieSchema.shape) as (keyof Situatie)[];
  return Object.fromEntries(
    velden.filter((veld) => situatie[veld] !== undefined).map((veld) => [veld, situatie[veld]]),
  ) as Situatie;
}
