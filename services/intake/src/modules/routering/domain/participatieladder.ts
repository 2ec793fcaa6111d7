import { z } from 'zod';

/**
 * The six-rung participatieladder Dutch gemeenten use:
 * 1 isolated · 2 social contacts outside the home · 3 organised activities · 4 unpaid work ·
 * 5 paid work with support · 6 paid work.
 * Optional at intake: it is a professional's assessment, so many aanmeldingen arrive without one.
 */
export const PARTICIPATIELADDER_LAAGSTE_TREDE = 1;
export const PARTICIPATIELADDER_HOOGSTE_TREDE = 6;

export const ParticipatieladderSchema = z
  .number()
  .int()
  .min(PARTICIPATIELADDER_LAAGSTE_TREDE)
  .max(PARTICIPATIELADDER_HOOGSTE_TREDE)
  .describe('Rung on the participatieladder, 1 (isolated) to 6 (paid work)');

export type Participatieladder = z.infer<typeof ParticipatieladderSchema>;
