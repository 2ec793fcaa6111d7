import { z } from 'zod';
import { GemeentecodeSchema, KanaalSchema, UitkeringSchema } from '@wiz/contracts';
import { HulpvraagSoortSchema } from './hulpvraag-soort';
import { ParticipatieladderSchema } from './participatieladder';

// An empty list would silently never match; beheer should leave the condition out instead.
const nietLeeg = <T extends z.ZodType>(waarde: T) =>
  z.array(waarde).min(1, { error: 'an empty list never matches; leave the condition out to match everyone' });

const LeeftijdsgrensSchema = z.number().int().min(0);

/**
 * Conditions of a rule. Every condition that is present must hold (AND); within a list any value matches (OR).
 * An empty object matches everyone: that is the catch-all. Bounds are inclusive.
 * A condition on the participatieladder never matches an input without a rung: we do not guess a rung.
 */
export const VoorwaardenSchema = z
  .object({
    uitkering: nietLeeg(UitkeringSchema).optional(),
    werkend: z.boolean().optional(),
    zzp: z.boolean().optional(),
    arbeidsbeperking: z.boolean().optional(),
    statushouder: z.boolean().optional(),
    startkwalificatie: z.boolean().optional(),
    leeftijdVan: LeeftijdsgrensSchema.optional(),
    leeftijdTot: LeeftijdsgrensSchema.optional(),
    gemeentecodes: nietLeeg(GemeentecodeSchema).optional(),
    kanalen: nietLeeg(KanaalSchema).optional(),
    hulpvraagSoorten: nietLeeg(HulpvraagSoortSchema).optional(),
    participatieladderVan: ParticipatieladderSchema.optional(),
    participatieladderTot: ParticipatieladderSchema.optional(),
  })
  .strict();

export type Voorwaarden = z.infer<typeof VoorwaardenSchema>;

/** True for the catch-all: no condition set. Keys explicitly set to undefined count as absent. */
export function isZonderVoorwaarden(voorwaarden: Voorwaarden): boolean {
  return Object.values(voorwaarden).every((waarde) => waarde === undefined);
}
