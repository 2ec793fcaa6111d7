import { z } from 'zod';

// Four digits (never starting with 0), an optional single space, two letters in either case.
const POSTCODE_INPUT = /^([1-9]\d{3}) ?([A-Za-z]{2})$/;

/**
 * Returns the canonical form "9711AB", or null when the input is not a Dutch postcode.
 * Surrounding whitespace is forgiven because it is a typing accident, not a different postcode.
 */
export function normalizePostcode(s: string): string | null {
  const match = POSTCODE_INPUT.exec(s.trim());
  if (!match) return null;
  return `${match[1]}${match[2].toUpperCase()}`;
}

export const PostcodeSchema = z
  .string()
  .transform((value, ctx) => {
    const canonical = normalizePostcode(value);
    if (canonical === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a Dutch postcode such as 9711AB' });
      return z.NEVER;
    }
    return canonical;
  })
  .describe('Dutch postcode, normalized to 9711AB');

export type Postcode = z.output<typeof PostcodeSchema>;
