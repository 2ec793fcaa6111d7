import { z } from 'zod';

/** A house number with an optional addition: 12, 12A, 12 bis, 12-3. */
export const HUISNUMMER_PATTERN = /^\d{1,5}( ?[A-Za-z0-9-]{1,6})?$/;
/** A phone number as people type it: digits, spaces, brackets, dashes, an optional leading +. */
export const TELEFOON_PATTERN = /^\+?[0-9 ()-]{6,20}$/;

export const HuisnummerSchema = z
  .string()
  .trim()
  .regex(HUISNUMMER_PATTERN, 'must be a house number, optionally with addition');
export const TelefoonSchema = z.string().regex(TELEFOON_PATTERN, 'must be a phone number');
