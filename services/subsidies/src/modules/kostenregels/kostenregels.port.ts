import type { EntityManager } from 'typeorm';
import type { Paginering, Uitsluitingsreden } from '@wiz/contracts';
import type { Ingediend, Kostenregel, Regeling } from '../declaraties/domain';

/** A statement on the caller's connection: a claim is compiled and submitted inside its own transaction. */
export type Sql = Pick<EntityManager, 'query'>;

/** The candidate lines of a claim: the organisation's lines of the regeling dated inside the period. */
export interface Kandidaten {
  regelingCode: string;
  periodeVan: string;
  periodeTot: string;
  organisatie: string;
}

/** A line of a compiled claim as its lists and exports show it (snake case: the exports' column order). */
export interface DeclaratieRegel {
  kostenregel_id: string;
  opgenomen: boolean;
  /** Null for an included line. */
  reden: Uitsluitingsreden | null;
  datum: string;
  soort: string;
  bedrag_centen: string;
  inwoner_id: string | null;
  bewijsstuk: string | null;
  omschrijving: string;
}

/** What the set-based judge leaves for the claim's totals: sums as BigInt, so no amount is rounded on the way. */
export interface Oordeel {
  /** How many candidates were judged (each is in declaratie_regels once). */
  kandidaten: number;
  opgenomenCenten: bigint;
  /** Of those, the direct staff costs (soort personeel). */
  personeelCenten: bigint;
  /** The distinct registered participants of the included lines: whom the ESF+ indicators count. */
  deelnemers: string[];
}

/**
 * What the claims ask of the cost lines (the kostenregels and ingediende_kostenregels tables are this context's:
 * this port is the only way in).
 */
export interface KostenregelsPort {
  /** How many candidates, and whether their total with the flat rate exceeds the safe integer range of cents. */
  omvang(k: Kandidaten, flatRatePercentage: number | undefined): Promise<{ aantal: number; teGroot: boolean }>;
  /** The participants the candidates name. */
  inwonerIds(sql: Sql, k: Kandidaten): Promise<string[]>;
  /** How many of the participants the candidates name have their processing restricted (AVG art. 18). */
  aantalBeperkteDeelnemers(sql: Sql, k: Kandidaten): Promise<number>;
  /** Which candidates, and which of their bewijsstukken under which regelingen, were submitted before. */
  ingediend(sql: Sql, k: Kandidaten): Promise<Ingediend>;
  /**
   * Judges every candidate in PostgreSQL (the rules of maakBeoordelaar, set-based, in their precedence order),
   * writes each line's verdict into declaratie_regels and answers the sums. One statement, on the caller's connection.
   */
  beoordeel(sql: Sql, declaratieId: string, k: Kandidaten, regeling: Regeling): Promise<Oordeel>;
  /** The candidates in batches, in id order; the next batch is fetched while the caller works on this one. */
  kandidaten(sql: Sql, k: Kandidaten, batch: number): AsyncGenerator<Kostenregel[]>;
  /**
   * Marks a claim's included lines as submitted, for ever; false (and nothing marked) when another claim submitted
   * one of them, or one of their supporting documents, meanwhile.
   */
  dienIn(sql: Sql, declaratieId: string): Promise<boolean>;
  /** A page of a compiled claim's lines (date, then id), and how many there are. */
  regelsVanDeclaratie(
    declaratieId: string,
    opgenomen: boolean | undefined,
    p: Paginering,
  ): Promise<{ rijen: DeclaratieRegel[]; totaal: number }>;
}

export const KOSTENREGELS = Symbol('wiz:subsidies:kostenregels');
