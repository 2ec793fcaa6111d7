import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';
import type { Toewijzing, Toewijzingsronde } from './domain/toewijzing';

export type { Toewijzingsronde };

/** Injection token of the `Toewijzer` that CaseloadModule exports. */
export const TOEWIJZER = Symbol('Toewijzer');

/** What the trajecten context may ask of the caseload: who gets a traject. */
export interface Toewijzer {
  /** By the organisation's rule; nobody (nulls) when it has none or nobody fits. */
  volgensRegel(m: EntityManager, organisatie: string): Promise<Toewijzing>;
  /** The rules of these organisations read once, for the choices of a batch of new trajecten. */
  ronde(m: EntityManager, organisaties: readonly string[]): Promise<Toewijzingsronde>;
  /** An active medewerker of `organisatie`, else a 400 naming `field`. */
  aanCollega(m: EntityManager, subject: string, organisatie: string, field: string): Promise<Toewijzing>;
}

/** Injection token of the `TrajectToegang` that CaseloadModule exports. */
export const TRAJECT_TOEGANG = Symbol('TrajectToegang');

/** A traject whose journal and plan the caller may see. */
export interface Dossier {
  id: string;
  inwonerId: string;
  organisatie: string;
  team: string | null;
  gesloten: boolean;
}

/** What the journal and the plan ask of the caseload: may this caller see the traject's dossier? */
export interface TrajectToegang {
  /** The traject, or 404 when it does not exist or the caller does not hold it, is not in its team nor stands in. */
  eis(m: EntityManager, trajectId: string, wie: Principal): Promise<Dossier>;
}
