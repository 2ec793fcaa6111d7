import type { PrivacySql } from '../inwoner-verwijzingen';

/**
 * AVG art. 15 (right of access), one mechanism for every service: each service declares, once, every kind of record
 * it keeps about a person (its `src/modules/privacy/inzage/` file), with the query that finds one person's rows and
 * the texts the law asks for (purpose, legal basis, recipients). The retention period is not written here but named:
 * `bewaartermijn.termijn` is a kind of the service's bewaartermijnen configuration, read from that same
 * configuration when the export is made, so what the person is told cannot drift from what the retention run does.
 */
export interface Gegevenssoort<Termijn extends string = string> {
  /** Short key of the kind (`trajecten`, `journaal`): stable, for the portaal. */
  soort: string;
  /** What these records are, in plain Dutch for the person. */
  omschrijving: string;
  /** Why they are kept (AVG art. 15.1.a). */
  doel: string;
  /** The legal basis (AVG art. 6), named. */
  grondslag: string;
  /** Who receives them (art. 15.1.c): other services, organisations, nobody. */
  ontvangers: readonly string[];
  bewaartermijn: {
    /** The kind in the service's bewaartermijnen configuration whose period applies; none: `vanaf` says it all. */
    termijn?: Termijn;
    /** From when the period counts (`afsluiting traject`), or how long they are kept without a period. */
    vanaf: string;
    /** Where the period comes from (the Selectielijst, a regulation). */
    bron: string;
  };
  /** Every table with an `inwoner_id` column this kind covers (the coverage test reads it). */
  tabellen: readonly string[];
  /**
   * The person's rows: only those whose person is one of `inwonerIds` (the caller and the records merged into
   * theirs). Columns as the person should read them; secrets (a BSN hash, a key id) never.
   */
  gegevens(m: PrivacySql, inwonerIds: readonly string[]): Promise<Record<string, unknown>[]>;
}

export interface GegevensRegister<Termijn extends string = string> {
  soorten: readonly Gegevenssoort<Termijn>[];
  /** Tables with an `inwoner_id` column that are deliberately not part of the export, each with why. */
  buiten?: Readonly<Record<string, string>>;
  /**
   * The ids that are this person in this service besides their own: records merged into theirs. Default: the
   * platform's `inwoner_aliassen` (kept flat by registreerSamenvoeging).
   */
  aliassen?: (m: PrivacySql, inwonerId: string) => Promise<string[]>;
}

/** The ids merged into `inwonerId` as the consuming services record them (inwoner-verwijzingen.ts). */
export async function aliassenUitVerwijzingen(m: PrivacySql, inwonerId: string): Promise<string[]> {
  const rijen: { id: string }[] = await m.query(
    'SELECT vervallen_inwoner_id::text AS id FROM inwoner_aliassen WHERE behouden_inwoner_id = $1',
    [inwonerId],
  );
  return rijen.map((r) => r.id);
}

/** Every id that is this person in this service: their own and the records merged into it (the register's aliassen). */
export async function idsVanPersoon(m: PrivacySql, register: GegevensRegister, inwonerId: string): Promise<string[]> {
  const aliassen = await (register.aliassen ?? aliassenUitVerwijzingen)(m, inwonerId);
  return [...new Set([inwonerId, ...aliassen])];
}

/**
 * Tables of this database with an `inwoner_id` column that no kind of the register covers and that are not listed
 * as `buiten`: for each service's test, so a new person-linked table cannot be left out of the export unnoticed.
 */
export async function nietGedekteTabellen(m: PrivacySql, register: GegevensRegister): Promise<string[]> {
  const rijen: { tabel: string }[] = await m.query(
    `SELECT DISTINCT table_name AS tabel FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_name = 'inwoner_id' ORDER BY 1`,
  );
  const gedekt = new Set([...register.soorten.flatMap((s) => s.tabellen), ...Object.keys(register.buiten ?? {})]);
  return rijen.map((r) => r.tabel).filter((t) => !gedekt.has(t));
}

/** A row as JSON: instants as ISO text, binary left out (never a hash or ciphertext in an export). */
export function alsJson(rij: Record<string, unknown>): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rij)) {
    if (Buffer.isBuffer(v)) continue;
    uit[k] = v instanceof Date ? v.toISOString() : v;
  }
  return uit;
}
