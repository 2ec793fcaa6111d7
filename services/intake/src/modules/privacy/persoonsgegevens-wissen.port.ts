import type { EntityManager } from 'typeorm';

/** Destroying a person's data part by part, for other modules (retention); implemented by PersoonsgegevensWisser. */
export const PERSOONSGEGEVENS_WISSEN = Symbol('PersoonsgegevensWissen');

export interface PersoonsgegevensWissen {
  identiteit(m: EntityManager, ids: readonly string[], op: Date): Promise<number>;
  aanmeldingen(m: EntityManager, ids: readonly string[], op: Date): Promise<number>;
  identiteitscontroles(m: EntityManager, ids: readonly string[]): Promise<number>;
  dubbelen(m: EntityManager, ids: readonly string[]): Promise<number>;
  toestemmingen(m: EntityManager, ids: readonly string[]): Promise<number>;
}
