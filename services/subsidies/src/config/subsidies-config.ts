import { z } from 'zod';
import { ConfigError } from '@wiz/platform';

export const SUBSIDIES_CONFIG = Symbol('wiz:subsidies-config');

export interface SubsidiesConfig {
  /** Claims with at most this many candidate lines compile within the request (the contract says 10,000). */
  directMax: number;
  /** A large claim's file or JSON is written by a worker thread with a connection of its own (schrijfInWerker). */
  werkers: {
    /** How many write at once: each holds a heap of ~50 MB and a database connection outside the pool. */
    max: number;
    /** How long a request waits for one before it is answered 503 with Retry-After. */
    wachtMs: number;
  };
  importLimitBytes: number;
  import: {
    /** Imports of at most this many rows are stored within the request (201); larger ones run as a job (202). */
    directMax: number;
    /** Data rows one import may have. */
    maxRijen: number;
    /** Bytes an XLSX import may unpack to: a 1 MB upload can hold hundreds of MB of sheet. */
    maxUitgepaktBytes: number;
  };
}

export function loadSubsidiesConfig(env: NodeJS.ProcessEnv = process.env): SubsidiesConfig {
  const parsed = z
    .object({
      DECLARATIE_DIRECT_MAX: z.coerce.number().int().min(0).default(10_000),
      DECLARATIE_WERKERS_MAX: z.coerce.number().int().positive().default(2),
      DECLARATIE_WERKER_WACHT_MS: z.coerce.number().int().positive().default(10_000),
      IMPORT_LIMIT_BYTES: z.coerce
        .number()
        .int()
        .positive()
        .default(50 * 1024 * 1024),
      IMPORT_DIRECT_MAX: z.coerce.number().int().min(0).default(10_000),
      IMPORT_MAX_RIJEN: z.coerce.number().int().positive().default(500_000),
      IMPORT_MAX_UITGEPAKT_BYTES: z.coerce
        .number()
        .int()
        .positive()
        .default(256 * 1024 * 1024),
    })
    .safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      'subsidies',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const d = parsed.data;
  return {
    directMax: d.DECLARATIE_DIRECT_MAX,
    werkers: { max: d.DECLARATIE_WERKERS_MAX, wachtMs: d.DECLARATIE_WERKER_WACHT_MS },
    importLimitBytes: d.IMPORT_LIMIT_BYTES,
    import: {
      directMax: d.IMPORT_DIRECT_MAX,
      maxRijen: d.IMPORT_MAX_RIJEN,
      maxUitgepaktBytes: d.IMPORT_MAX_UITGEPAKT_BYTES,
    },
  };
}
