import type { EntityManager } from 'typeorm';
import type { Regeltabel } from './domain';

/** Injection token of the `Routeringstabel` that RouteringModule exports. */
export const ROUTERINGSTABEL = Symbol('Routeringstabel');

/**
 * What other contexts (aanmeldingen) may ask of the routing tables: the version in force. It is kept in memory, so
 * the writer checks it in its own statement (the aanmelding's INSERT stores nothing when a newer version exists) and
 * says so here (`verouderd`), then routes again: no round trip per aanmelding to ask for the version.
 */
export interface Routeringstabel {
  huidige(m: EntityManager): Promise<{ versie: number; tabel: Regeltabel }>;
  /** The writer found a newer version than `versie` in force: the next `huidige` reads it from the database. */
  verouderd(versie: number): void;
}
