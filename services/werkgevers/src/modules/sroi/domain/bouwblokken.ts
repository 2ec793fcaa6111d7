import { z } from 'zod';
import { NonNegativeCentenSchema } from '@wiz/contracts';
import { SroiDoelgroep } from './sroi-doelgroep';

/** Value in euro cents of one person-year at full time, per doelgroep. */
export type Bouwblokken = Record<SroiDoelgroep, number>;

/**
 * The region's default bouwblokken. These values are configuration, not code (domain.md): the environment
 * variable SROI_BOUWBLOKKEN (JSON, parsed by parseBouwblokken) replaces them without a release.
 */
export const STANDAARD_BOUWBLOKKEN: Readonly<Bouwblokken> = Object.freeze({
  'participatiewet-kort': 3_000_000,
  'participatiewet-lang': 4_000_000,
  doelgroepregister: 4_000_000,
  ww: 1_250_000,
  'geen-uitkering': 1_000_000,
});

// Strict with every key required: a missing or misspelt doelgroep must fail at start-up, not value placements at 0.
export const BouwblokkenSchema = z
  .object({
    'participatiewet-kort': NonNegativeCentenSchema,
    'participatiewet-lang': NonNegativeCentenSchema,
    doelgroepregister: NonNegativeCentenSchema,
    ww: NonNegativeCentenSchema,
    'geen-uitkering': NonNegativeCentenSchema,
  })
  .strict() satisfies z.ZodType<Bouwblokken>;

/** Parses SROI_BOUWBLOKKEN; throws an Error naming every wrong field so the operator can fix the setting at once. */
export function parseBouwblokken(json: string): Bouwblokken {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('bouwblokken must be valid JSON');
  }
  const result = BouwblokkenSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid bouwblokken: ${problems.join('; ')}`);
  }
  return result.data;
}

/** The least a person-year is worth: what a placement of unknown doelgroep counts for until someone confirms it. */
export function laagsteBouwblok(bouwblokken: Bouwblokken): number {
  return Math.min(...Object.values(bouwblokken));
}
