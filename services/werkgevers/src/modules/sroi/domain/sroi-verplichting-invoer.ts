import { z } from 'zod';
import { IsoDateSchema, NonNegativeCentenSchema } from '@wiz/contracts';

// Read from the number's decimal text, the way percentageOfCenten reads it, so every percentage this schema
// accepts can be turned into exact basis points later (12.345 or 1e-7 would not). The sign is left to min(0),
// so -1 gets one clear message instead of two.
const PERCENTAGE_TEXT = /^-?\d+(?:\.\d{1,2})?$/;

export const SroiPercentageSchema = z
  .number()
  .min(0, { error: 'must be at least 0' })
  .max(100, { error: 'must be at most 100' })
  .refine((p) => PERCENTAGE_TEXT.test(String(p)), { error: 'must have at most 2 decimals' })
  .describe('SROI percentage of the contract value, 0..100 with at most 2 decimals');

/** Input for recording an SROI obligation of a supplier (werkgever) for one public contract. */
export const SroiVerplichtingInvoerSchema = z
  .object({
    werkgeverId: z.uuid(),
    opdracht: z.string().trim().min(1).max(300).describe('The public contract the obligation comes from'),
    opdrachtwaardeCenten: NonNegativeCentenSchema,
    percentage: SroiPercentageSchema,
    startdatum: IsoDateSchema,
    einddatum: IsoDateSchema,
  })
  .strict()
  .refine((v) => v.einddatum >= v.startdatum, {
    path: ['einddatum'],
    error: 'must not be before startdatum',
    // Also check the order when other fields are wrong, so a caller sees every problem in one response.
    // The value may be anything here (null, a string), hence the guard.
    when: ({ value }) => {
      if (typeof value !== 'object' || value === null) return false;
      const v = value as { startdatum?: unknown; einddatum?: unknown };
      return IsoDateSchema.safeParse(v.startdatum).success && IsoDateSchema.safeParse(v.einddatum).success;
    },
  });

export type SroiVerplichtingInvoer = z.infer<typeof SroiVerplichtingInvoerSchema>;
