import type { EntityManager } from 'typeorm';

/** Injection token of the `Kandidatenregister` that KandidatenModule exports. */
export const KANDIDATENREGISTER = Symbol('Kandidatenregister');

/** A candidate open for matching, with what decides whether employer teams may see the profile. */
export interface MatchbareKandidaat {
  trajectId: string;
  skills: string[];
  vrijgegeven: boolean;
  toestemming: boolean | null;
  toestemmingGewijzigdOp: Date | null;
}

/** What other contexts (plaatsingen, matching) may ask of werkgevers' projection of trajecten. */
export interface Kandidatenregister {
  /** The person and the traject's organisation; undefined when the traject is not known here. */
  kandidaat(
    m: EntityManager,
    trajectId: string,
  ): Promise<{ inwonerId: string; organisatie: string | null } | undefined>;
  /** Open trajecten in step Matchen. */
  matchbaar(m: Pick<EntityManager, 'query'>): Promise<MatchbareKandidaat[]>;
}
