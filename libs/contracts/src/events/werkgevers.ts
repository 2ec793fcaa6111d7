import { z } from 'zod';
import { IsoDateSchema } from '../values/dates';
import { ContractvormSchema } from '../values/enums';
import { PLAATSING_EINDE_REDENEN } from '../values/plaatsing-einde';
import { UuidSchema } from '../values/uuid';
import { defineEvent, type EventData } from './define-event';

export const PlaatsingGerealiseerd = defineEvent({
  service: 'werkgevers',
  name: 'plaatsing-gerealiseerd',
  version: 1,
  description:
    'An inwoner was placed in a job with an employer. Starts the six-month duurzaamheidscheck and ' +
    'counts toward afspraakbanen and SROI obligations where flagged.',
  schema: z
    .object({
      plaatsingId: UuidSchema,
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      werkgeverId: UuidSchema,
      vacatureId: UuidSchema.optional(),
      startdatum: IsoDateSchema,
      urenPerWeek: z.number().gt(0).max(60).describe('Contract hours per week, 0 < n <= 60'),
      contractvorm: ContractvormSchema,
      afspraakbaan: z.boolean().describe('Counts under the national banenafspraak'),
      sroiVerplichtingId: UuidSchema.optional(),
    })
    .strict(),
});
export type PlaatsingGerealiseerdData = EventData<typeof PlaatsingGerealiseerd>;

export const PlaatsingBeeindigd = defineEvent({
  service: 'werkgevers',
  name: 'plaatsing-beeindigd',
  version: 1,
  description: 'A placement ended before or after its duurzaamheidscheck.',
  schema: z
    .object({
      plaatsingId: UuidSchema,
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      einddatum: IsoDateSchema,
      // One of PLAATSING_EINDE_REDENEN, never the employer team's own words (they stay in werkgevers' database,
      // erasable). Still any 1..200 string, so events published before the codes existed keep parsing.
      reden: z
        .string()
        .min(1)
        .max(200)
        .describe(`Why the placement ended, one of: ${PLAATSING_EINDE_REDENEN.join(', ')}`),
    })
    .strict(),
});
export type PlaatsingBeeindigdData = EventData<typeof PlaatsingBeeindigd>;

export const PlaatsingUrenGewijzigd = defineEvent({
  service: 'werkgevers',
  name: 'plaatsing-uren-gewijzigd',
  version: 1,
  description:
    'The contract hours of a running placement changed. More hours for someone already working is a step ' +
    'forward for the 20.000 monitor and an improved labour-market situation for the ESF+ register.',
  schema: z
    .object({
      plaatsingId: UuidSchema,
      trajectId: UuidSchema,
      inwonerId: UuidSchema,
      vorigeUrenPerWeek: z.number().gt(0).max(60),
      urenPerWeek: z.number().gt(0).max(60).describe('Contract hours per week from ingangsdatum'),
      ingangsdatum: IsoDateSchema,
    })
    .strict(),
});
export type PlaatsingUrenGewijzigdData = EventData<typeof PlaatsingUrenGewijzigd>;
