import { z } from 'zod';

const EIGHT_DIGITS = /^\d{8}$/;

/**
 * KvK-nummer: exactly 8 digits. The Kamer van Koophandel dropped its check-digit rule,
 * so the format is the only thing that can be verified offline.
 */
export function isValidKvkNummer(s: string): boolean {
  return EIGHT_DIGITS.test(s);
}

export const KvkNummerSchema = z
  .string()
  .refine(isValidKvkNummer, { error: 'must be exactly 8 digits' })
  .describe('KvK-nummer: 8 digits');

export type KvkNummer = z.infer<typeof KvkNummerSchema>;
