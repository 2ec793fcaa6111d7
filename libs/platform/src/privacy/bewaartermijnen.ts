import { type IsoDate, kalenderdag, REGIO_TIJDZONE } from '@wiz/contracts';
import { ConfigError } from '../config/load-config';

/**
 * Retention periods per kind of record (issue 19), read from the environment at start.
 *
 * Usage in a service (trajecten, werkgevers, subsidies do the same as intake):
 *   const bewaartermijnen = loadBewaartermijnen('trajecten', { trajecten: 'P5Y', journaal: 'P5Y' });
 *   BewaartermijnenModule.register({ instellingen: bewaartermijnen, taak: TrajectenBewaartermijnTaak, imports: [...] })
 * The taak implements `BewaartermijnTaak.run(now)`; it asks `bewaartermijnen.termijnen.trajecten.grens(now)` for
 * the moment before which a record counted from is due, and destroys or anonymises in batches (each batch its own
 * transaction, idempotent). Restriction: see beperkingen.ts.
 *
 * Variables: `<SERVICE>_BEWAARTERMIJN_<SOORT>` or `BEWAARTERMIJN_<SOORT>` (ISO-8601 date duration: P5Y, P18M,
 * P1Y6M, P6W, P30D), `BEWAARTERMIJN_TIJDSTIP` (HH:MM, default 02:30) and `BEWAARTERMIJN_TIJDZONE` (default
 * Europe/Amsterdam), each also with the service prefix. A wrong value stops the service at start, naming it.
 */
export interface Bewaartermijn {
  /** As configured, e.g. `P5Y`; PostgreSQL reads the same text as an interval. */
  readonly iso: string;
  readonly jaren: number;
  readonly maanden: number;
  readonly dagen: number;
  /** The moment a record counted from `vanaf` is due. */
  vervaltOp(vanaf: Date): Date;
  /** Records counted from on or before this moment are due at `now`. */
  grens(now: Date): Date;
}

export interface BewaartermijnInstellingen<Soort extends string = string> {
  readonly termijnen: Readonly<Record<Soort, Bewaartermijn>>;
  /** The daily run's time of day in `tijdzone`. */
  readonly tijdstip: { readonly uur: number; readonly minuut: number };
  readonly tijdzone: string;
  /** `grens` of `soort` as a calendar day in `tijdzone`: records of that day or earlier are due at `now`. */
  grensdag(soort: Soort, now: Date): IsoDate;
}

const DUUR = /^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,3})W)?(?:(\d{1,5})D)?$/;

/** An ISO-8601 date duration (years, months, weeks, days); undefined when the text is not one or is zero. */
export function parseBewaartermijn(iso: string): Bewaartermijn | undefined {
  const m = DUUR.exec(iso.trim());
  if (!m || iso.trim() === 'P') return undefined;
  const [jaren, maanden, weken, dagen] = m.slice(1).map((d) => Number(d ?? 0));
  if (jaren + maanden + weken + dagen === 0) return undefined;
  const verschuif = (d: Date, teken: 1 | -1) => {
    const r = new Date(d.getTime());
    r.setUTCFullYear(r.getUTCFullYear() + teken * jaren, r.getUTCMonth() + teken * maanden);
    r.setUTCDate(r.getUTCDate() + teken * (weken * 7 + dagen));
    return r;
  };
  return {
    iso: iso.trim(),
    jaren,
    maanden,
    dagen: weken * 7 + dagen,
    vervaltOp: (vanaf) => verschuif(vanaf, 1),
    grens: (now) => verschuif(now, -1),
  };
}

const envNaam = (soort: string) => soort.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/** The periods per kind (the service's documented defaults, overridable per kind) and the daily run's time. */
export function loadBewaartermijnen<Soort extends string>(
  service: string,
  standaard: Readonly<Record<Soort, string>>,
  env: NodeJS.ProcessEnv = process.env,
): BewaartermijnInstellingen<Soort> {
  const problemen: string[] = [];
  const lees = (naam: string): [string, string | undefined] => {
    const eigen = `${service.toUpperCase()}_${naam}`;
    return env[eigen] !== undefined ? [eigen, env[eigen]] : [naam, env[naam]];
  };
  const termijnen = {} as Record<Soort, Bewaartermijn>;
  for (const soort of Object.keys(standaard) as Soort[]) {
    const [naam, waarde] = lees(`BEWAARTERMIJN_${envNaam(soort)}`);
    const termijn = parseBewaartermijn(waarde ?? standaard[soort]);
    if (termijn) termijnen[soort] = termijn;
    else
      problemen.push(
        `${waarde === undefined ? `default of ${soort}` : naam}: must be an ISO-8601 duration of years,` +
          ` months, weeks or days greater than zero, such as P5Y or P18M (got "${waarde ?? standaard[soort]}")`,
      );
  }
  const [tijdNaam, tijd = '02:30'] = lees('BEWAARTERMIJN_TIJDSTIP');
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(tijd);
  if (!t) problemen.push(`${tijdNaam}: must be a time of day HH:MM, such as 02:30 (got "${tijd}")`);
  const [zoneNaam, tijdzone = REGIO_TIJDZONE] = lees('BEWAARTERMIJN_TIJDZONE');
  if (!geldigeTijdzone(tijdzone)) problemen.push(`${zoneNaam}: not a known IANA time zone (got "${tijdzone}")`);
  if (problemen.length) throw new ConfigError(service, problemen);
  return {
    termijnen,
    tijdstip: { uur: Number(t![1]), minuut: Number(t![2]) },
    tijdzone,
    grensdag: (soort, now) => kalenderdag(termijnen[soort].grens(now), tijdzone),
  };
}

function geldigeTijdzone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
