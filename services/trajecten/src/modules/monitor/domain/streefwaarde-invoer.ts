import { z } from 'zod';
import { GemeentecodeSchema, IsoDateSchema, StreefwaardeSleutelSchema } from '@wiz/contracts';

/**
 * What beheer sends to set a target and/or starting balance. A starting balance needs the date it stands at
 * (basisdatum); counts in 25.5-hour units exist only for afspraakbanen (the national unit).
 */
// Ten million is far beyond any figure of a region of 600,000 people, and keeps every count inside the integer
// columns that hold it (a bigger number is a typing error: 400, not a database overflow).
const AANTAL = z.number().int().min(0).max(10_000_000);
const EENHEDEN = z.number().min(0).max(10_000_000);

export const StreefwaardeInvoerSchema = z
  .object({
    sleutel: StreefwaardeSleutelSchema,
    gemeentecode: GemeentecodeSchema.optional(),
    geldigVanaf: IsoDateSchema,
    basisdatum: IsoDateSchema.optional(),
    beginstand: AANTAL.optional(),
    beginstandEenheden: EENHEDEN.optional(),
    doel: AANTAL.optional(),
    doelEenheden: EENHEDEN.optional(),
  })
  .strict()
  .refine((s) => [s.beginstand, s.beginstandEenheden, s.doel, s.doelEenheden].some((v) => v !== undefined), {
    path: ['doel'],
    message: 'give a doel, a beginstand or both',
  })
  .refine((s) => (s.beginstand === undefined && s.beginstandEenheden === undefined) || s.basisdatum !== undefined, {
    path: ['basisdatum'],
    message: 'a beginstand needs the basisdatum it stands at',
  })
  // A basisdatum alone would replace the balance in force with none (a new balance replaces the old one whole).
  .refine((s) => s.basisdatum === undefined || s.beginstand !== undefined || s.beginstandEenheden !== undefined, {
    path: ['beginstand'],
    message: 'a basisdatum is the date of a beginstand: give the beginstand too',
  })
  .refine(
    (s) => s.sleutel === 'afspraakbanen' || (s.beginstandEenheden === undefined && s.doelEenheden === undefined),
    {
      path: ['sleutel'],
      message: '25.5-hour units (beginstandEenheden, doelEenheden) exist only for afspraakbanen',
    },
  )
  // An afspraakbanen balance stands in heads and in units together: one without the other would count the other
  // from 0 again (a new balance replaces the old one whole), so a running total of 3,200 jobs showed a few units.
  .refine(
    (s) => s.sleutel !== 'afspraakbanen' || (s.beginstand === undefined) === (s.beginstandEenheden === undefined),
    {
      path: ['beginstandEenheden'],
      message: 'an afspraakbanen beginstand gives both heads (beginstand) and 25.5-hour units (beginstandEenheden)',
    },
  );
export type StreefwaardeInvoer = z.infer<typeof StreefwaardeInvoerSchema>;
