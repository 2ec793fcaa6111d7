import type { EntityManager } from 'typeorm';
import type { Toewijzing } from './domain/toewijzing';

/** Injection token of the `Toewijzer` that CaseloadModule exports. */
export const TOEWIJZER = Symbol('Toewijzer');

/** What the trajecten context may ask of the caseload: who gets a traject. */
export interface Toewijzer {
  /** By the organisation's rule; nobody (nulls) when it has none or nobody fits. */
  volgensRegel(m: EntityManager, organisatie: string): Promise<Toewijzing>;
  /** An active medewerker of `organisatie`, else a 400 naming `field`. */
  aanCollega(m: EntityManager, subject: string, organisatie: string, field: string): Promise<Toewijzing>;
}
