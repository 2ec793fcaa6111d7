import { z } from 'zod';

/** Hours a week: more than 0, at most 60, in steps of half an hour at most (25.5 is the afspraakbaan unit). */
export const urenPerWeek = z
  .number()
  .gt(0, 'must be more than 0')
  .max(60, 'must be at most 60')
  .refine((n) => Number.isInteger(n * 10), 'must have at most one decimal');
