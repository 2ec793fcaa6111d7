import { z } from 'zod';
import { ConfigError } from '@wiz/platform';

export const SUBSIDIES_CONFIG = Symbol('wiz:subsidies-config');

export interface SubsidiesConfig {
  /** Claims with at most this many candidate lines compile within the request (the contract says 10,000). */
  directMax: number;
  importLimitBytes: number;
}

export function loadSubsidiesConfig(env: NodeJS.ProcessEnv = process.env): SubsidiesConfig {
  const parsed = z
    .object({ DECLARATIE_DIRECT_MAX: z.coerce.number().int().min(0).default(10_000), IMPORT_LIMIT_BYTES: z.coerce.number().int().positive().default(50 * 1024 * 1024) })
    .safeParse(env);
  if (!parsed.success) throw new ConfigError('subsidies', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return { directMax: parsed.data.DECLARATIE_DIRECT_MAX, importLimitBytes: parsed.data.IMPORT_LIMIT_BYTES };
}
