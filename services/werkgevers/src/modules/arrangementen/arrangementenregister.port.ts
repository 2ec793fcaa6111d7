import type { EntityManager } from 'typeorm';

/** Injection token of the `Arrangementenregister` that ArrangementenModule exports. */
export const ARRANGEMENTENREGISTER = Symbol('Arrangementenregister');

/** What plaatsingen may ask of arrangementen. */
export interface Arrangementenregister {
  bestaat(m: EntityManager, arrangementId: string): Promise<boolean>;
}
