import { z } from 'zod';
import { GemeentecodeSchema, KanaalSchema } from '@wiz/contracts';
import { HulpvraagSoortSchema } from './hulpvraag-soort';
import { SituatieSchema } from './situatie';

/**
 * Everything the routing engine may look at. Deliberately no name, BSN or address: routing needs the
 * situation, not the person, so the rule table can be tested and audited without personal data.
 */
export const RouteringsInvoerSchema = SituatieSchema.extend({
  // Absent for an anonymous orientation (issue 19): no birth date is known, and an age condition then does not match.
  leeftijd: z.number().int().min(0).optional().describe('Age in whole years; absent when unknown'),
  gemeentecode: GemeentecodeSchema,
  kanaal: KanaalSchema,
  hulpvraagSoort: HulpvraagSoortSchema,
}).strict();

export type RouteringsInvoer = z.infer<typeof RouteringsInvoerSchema>;
