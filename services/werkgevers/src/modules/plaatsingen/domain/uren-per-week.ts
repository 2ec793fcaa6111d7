import { zijnGeldigeUren } from '@wiz/contracts';
import { z } from 'zod';

/** Hours a week: more than 0, at most 60, with at most one decimal, counted in tenths (25.5 is the afspraakbaan unit). */
export const urenPerWeek = z
  .number()
  .gt(0, 'must be more than 0')
  .max(60, 'must be at most 60')
  // Only the decimals are checked here: a negative amount is reported once, by gt(0).
  .refine((n) => zijnGeldigeUren(Math.abs(n), 1), 'must have at most one decimal');
