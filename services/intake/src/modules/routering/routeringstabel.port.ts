import type { EntityManager } from 'typeorm';
import type { Regeltabel } from './domain';

/** Injection token of the `Routeringstabel` that RouteringModule exports. */
export const ROUTERINGSTABEL = Symbol('Routeringstabel');

/** What other contexts (aanmeldingen) may ask of the routing tables: the version in force, read in their transaction. */
export interface Routeringstabel {
  huidige(m: EntityManager): Promise<{ versie: number; tabel: Regeltabel }>;
}
