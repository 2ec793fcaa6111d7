import type { EntityManager } from 'typeorm';

/** Injection token of the `Werkgeverregister` that WerkgeversModule exports. */
export const WERKGEVERREGISTER = Symbol('Werkgeverregister');

/**
 * What other contexts (plaatsingen, SROI, arrangementen, matching) may ask of the werkgever aggregate, in their own
 * transaction: whether an employer or vacancy exists, and a vacancy's skills with the organisation that owns it.
 */
export interface Werkgeverregister {
  bestaat(m: EntityManager, werkgeverId: string): Promise<boolean>;
  bestaanAlle(m: EntityManager, werkgeverIds: readonly string[]): Promise<boolean>;
  heeftVacature(m: EntityManager, werkgeverId: string, vacatureId: string): Promise<boolean>;
  vacatureSkills(m: EntityManager, vacatureId: string): Promise<{ skills: string[]; organisatie: string } | undefined>;
  /** Every open vacancy of the region with its employer's name, by employer and title. */
  openVacatures(m: EntityManager): Promise<{ id: string; titel: string; werkgever: string }[]>;
}
