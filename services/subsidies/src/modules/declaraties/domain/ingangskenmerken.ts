import {
  ARBEIDSMARKTSTATUSSEN,
  Arbeidsmarktstatus,
  GESLACHTEN,
  LEEFTIJDSBANDEN,
  OPLEIDINGSNIVEAUS,
} from '@wiz/contracts';
import type { Deelnemer } from './deelnemer';

/** Yes/no attributes at entry that ESF+ counts as "participants with …". */
export const KENMERKEN = [
  'arbeidsbeperking',
  'derdelander',
  'migratieachtergrond',
  'minderheid',
  'dakloos',
  'platteland',
] as const;
export type Kenmerk = (typeof KENMERKEN)[number];

const STATUSSEN: ReadonlySet<string> = new Set(ARBEIDSMARKTSTATUSSEN);
const BANDEN: ReadonlySet<string> = new Set(LEEFTIJDSBANDEN);
const NIVEAUS: ReadonlySet<string> = new Set(OPLEIDINGSNIVEAUS.filter((n) => n !== 'onbekend'));
const GESLACHT: ReadonlySet<string> = new Set(GESLACHTEN.filter((g) => g !== 'onbekend'));

/** The labour status if it is a reportable value; a value outside the enum counts as unknown. */
export function statusBijIntrede(d: Deelnemer): Arbeidsmarktstatus | undefined {
  return STATUSSEN.has(d.arbeidsmarktstatus as string) ? d.arbeidsmarktstatus : undefined;
}

export const isWerkloos = (s: Arbeidsmarktstatus | undefined) => s === 'werkloos' || s === 'langdurig-werkloos';

/**
 * Long-term unemployed (a subset of the unemployed): intake sends the status `langdurig-werkloos`, or `werkloos`
 * with `langdurigWerkloos`. Known false for anyone not unemployed; unknown when the duration or status is.
 */
export function langdurigWerkloos(d: Deelnemer): boolean | undefined {
  const status = statusBijIntrede(d);
  if (status === 'langdurig-werkloos') return true;
  if (status === 'werkloos') return typeof d.langdurigWerkloos === 'boolean' ? d.langdurigWerkloos : undefined;
  return status === undefined ? undefined : false;
}

export const INGANGSINDICATOREN = [
  'arbeidsmarktstatus',
  'langdurigWerkloos',
  'leeftijdsband',
  'opleidingsniveau',
  'geslacht',
  ...KENMERKEN,
] as const;
export type Ingangsindicator = (typeof INGANGSINDICATOREN)[number];

/** Per entry indicator: is this participant's value known (and reportable)? */
export function ingangBekend(d: Deelnemer): Record<Ingangsindicator, boolean> {
  return {
    arbeidsmarktstatus: statusBijIntrede(d) !== undefined,
    langdurigWerkloos: langdurigWerkloos(d) !== undefined,
    leeftijdsband: BANDEN.has(d.leeftijdsband as string),
    opleidingsniveau: NIVEAUS.has(d.opleidingsniveau as string),
    geslacht: GESLACHT.has(d.geslacht as string),
    // `typeof`: a database hands over null for "not recorded", which is unknown, not "no".
    ...(Object.fromEntries(KENMERKEN.map((k) => [k, typeof d[k] === 'boolean'])) as Record<Kenmerk, boolean>),
  };
}
