import { z } from 'zod';
import { REGIO_TIJDZONE } from '@wiz/contracts';
import { ConfigError } from '../config/load-config';
import type { Drempels } from './ongebruikelijk';

const tijd = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM')
  .transform((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3)));

const schema = z.object({
  AUDIT_ONGEBRUIKELIJK_FACTOR: z.coerce.number().positive().default(2),
  AUDIT_ONGEBRUIKELIJK_MAX_INWONERS: z.coerce.number().int().positive().default(50),
  AUDIT_NACHT_VAN: tijd.default(22 * 60),
  AUDIT_NACHT_TOT: tijd.default(6 * 60),
  AUDIT_TIJDZONE: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone')
    .default(REGIO_TIJDZONE),
});

/** The unusual-reading thresholds from the environment; a wrong value stops the service at start, naming it. */
export function loadAuditDrempels(env: NodeJS.ProcessEnv = process.env): Drempels {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      'audit',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  }
  const e = parsed.data;
  return {
    factor: e.AUDIT_ONGEBRUIKELIJK_FACTOR,
    maxInwoners: e.AUDIT_ONGEBRUIKELIJK_MAX_INWONERS,
    nachtVan: e.AUDIT_NACHT_VAN,
    nachtTot: e.AUDIT_NACHT_TOT,
    tijdzone: e.AUDIT_TIJDZONE,
  };
}
