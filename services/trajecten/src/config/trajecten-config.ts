import { z } from 'zod';
import { ConfigError } from '@wiz/platform';
import { isIsoDuration } from '@wiz/contracts';

const duur = z.string().refine(isIsoDuration, 'must be an ISO-8601 duration such as P6M or PT5S');

const schema = z.object({
  DUURZAAMHEIDSCHECK_NA: duur.default('P6M'),
  CONTACTMOMENT_INTERVAL: duur.default('P4W'),
  STILSTAND_NA: duur.default('P8W'),
  OPVOLGING_RECONCILE_MS: z.coerce.number().int().positive().default(60_000),
});

export interface TrajectenConfig {
  duurzaamheidscheckNa: string;
  contactmomentInterval: string;
  stilstandNa: string;
  reconcileMs: number;
}

export const TRAJECTEN_CONFIG = Symbol('wiz:trajecten-config');

export function loadTrajectenConfig(env: NodeJS.ProcessEnv = process.env): TrajectenConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      'trajecten',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const e = parsed.data;
  return {
    duurzaamheidscheckNa: e.DUURZAAMHEIDSCHECK_NA,
    contactmomentInterval: e.CONTACTMOMENT_INTERVAL,
    stilstandNa: e.STILSTAND_NA,
    reconcileMs: e.OPVOLGING_RECONCILE_MS,
  };
}
