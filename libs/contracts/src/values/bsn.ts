import { z } from 'zod';

const NINE_DIGITS = /^\d{9}$/;

/**
 * Burgerservicenummer check: exactly 9 digits passing the elfproef
 * (sum of d[i] * (9 - i) for i = 0..7, minus d[8], divisible by 11).
 * "000000000" passes the arithmetic but is never issued, so it is refused explicitly.
 */
export function isValidBsn(s: string): boolean {
  if (!NINE_DIGITS.test(s) || s === '000000000') return false;
  const digits = [...s].map(Number);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digits[i] * (9 - i);
  return (sum - digits[8]) % 11 === 0;
}

// The BSN only ever lives inside intake; this schema exists so intake validates it at its HTTP edge.
export const BsnSchema = z
  .string()
  .refine(isValidBsn, { error: 'must be 9 digits passing the elfproef' })
  .describe('Burgerservicenummer: 9 digits passing the elfproef');

export type Bsn = z.infer<typeof BsnSchema>;
