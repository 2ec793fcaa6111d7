import { z } from 'zod';
import { GemeentecodeSchema, KanaalSchema, UitkeringSchema } from '@wiz/contracts';
import { HulpvraagSoortSchema } from './hulpvraag-soort';
import { ParticipatieladderSchema } from './participatieladder';

/**
 * Everything the routing engine may look at. Deliberately no name, BSN or address: routing needs the
 * situation, not the person, so the rule table can be tested and audited without personal data.
 */
export const RouteringsInvoerSchema = z
  .object({
    uitkering: UitkeringSchema,
    werkend: z.boolean(),
    zzp: z.boolean(),
    arbeidsbeperking: z.boolean(),
    statushouder: z.boolean(),
    startkwalificatie: z.boolean(),
    leeftijd: z.number().int().min(0).describe('Age in whole years'),
    gemeentecode: GemeentecodeSchema,
    kanaal: KanaalSchema,
    hulpvraagSoort: HulpvraagSoortSchema,
    participatieladder: ParticipatieladderSchema.optional(),
  })
  .strict();

export type RouteringsInvoer = z.infer<typeof RouteringsInvoerSchema>;
