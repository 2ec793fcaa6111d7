import type { KostenregelInvoer } from '../domain';
import type { Paginering } from '@wiz/contracts';
import type { KostenregelsPort, Sql } from '../kostenregels.port';

/** A stored cost line as finance's list shows it (snake case, as read). */
export interface KostenregelRij {
  id: string;
  regeling_code: string;
  inwoner_id: string | null;
  soort: string;
  bedrag_centen: string;
  datum: string;
  omschrijving: string;
  bewijsstuk: string | null;
  uren: string | null;
  uurtarief_centen: string | null;
  ingediend_in: string | null;
}

/** The kostenregels table (and which lines were submitted), for this context; claims use KostenregelsPort. */
export interface KostenregelRepositoryPort extends KostenregelsPort {
  /** Inserts checked lines of one organisation in the caller's transaction; returns their ids. */
  voegIn(sql: Sql, regels: readonly KostenregelInvoer[], organisatie: string): Promise<string[]>;
  /** A page of the lines (of one regeling; of one organisation unless undefined), newest date first. */
  lijst(
    regelingCode: string | undefined,
    organisatie: string | null,
    p: Paginering,
  ): Promise<{ rijen: KostenregelRij[]; totaal: number }>;
}

export const KOSTENREGEL_REPOSITORY = Symbol('wiz:subsidies:kostenregel-repository');
