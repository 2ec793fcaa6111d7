import { z } from 'zod';
import { GemeentecodeSchema, IsoDateSchema, KOSTENSOORTEN, REGELING_CODE_PATTERN } from '@wiz/contracts';

const percentage = (max: number) =>
  z
    .number()
    .min(0, `must be between 0 and ${max}`)
    .max(max, `must be between 0 and ${max}`)
    .refine((n) => Number.isInteger(n * 100), 'must have at most two decimals');

/** Body of POST /api/v1/regelingen. */
export const RegelingInvoerSchema = z
  .object({
    code: z.string().regex(REGELING_CODE_PATTERN, 'must be upper-case letters, digits or hyphens, e.g. JTF'),
    naam: z.string().trim().min(1).max(300),
    startdatum: IsoDateSchema,
    einddatum: IsoDateSchema,
    gemeentecodes: z.array(GemeentecodeSchema).min(1),
    cofinancieringspercentage: percentage(100),
    // CPR 2021/1060 art. 56: a flat rate of at most 40% of direct staff costs covers the remaining costs.
    flatRatePercentage: percentage(40).optional(),
    kostensoorten: z
      .array(z.enum(KOSTENSOORTEN))
      .min(1)
      .default([...KOSTENSOORTEN]),
  })
  .strict()
  .refine((r) => r.einddatum >= r.startdatum, { path: ['einddatum'], message: 'must not be before startdatum' });

export type RegelingInvoer = z.infer<typeof RegelingInvoerSchema>;

/** A regeling as the API shows it. */
export type RegelingView = Omit<RegelingInvoer, 'flatRatePercentage'> & { flatRatePercentage?: number };
