import type { EntityManager } from 'typeorm';

/** Injection token of the `Vacaturebezetting` that WerkgeversModule exports. */
export const VACATUREBEZETTING = Symbol('Vacaturebezetting');

/** What plaatsingen tells a vacancy, in the transaction of the placement. */
export interface Vacaturebezetting {
  /** Locks the vacancy; refuses (409) when it takes no placements. An unknown vacancy is left to the reference check. */
  eisPlaatsbaar(m: EntityManager, vacatureId: string): Promise<void>;
  /** After a placement on it was stored: an open vacancy whose places are all taken becomes vervuld. */
  naPlaatsing(m: EntityManager, vacatureId: string): Promise<void>;
}
