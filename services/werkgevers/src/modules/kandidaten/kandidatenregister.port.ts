import type { EntityManager } from 'typeorm';
import type { ToestemmingDoel } from '@wiz/contracts';

/** Injection token of the `Kandidatenregister` that KandidatenModule exports. */
export const KANDIDATENREGISTER = Symbol('Kandidatenregister');

/** A candidate open for matching, with what decides whether employer teams may see the profile. */
export interface MatchbareKandidaat {
  trajectId: string;
  skills: string[];
  vrijgegeven: boolean;
  /** The person's consents as heard from intake: the newest change per purpose (and vacancy). */
  toestemmingen: KandidaatToestemming[];
}

/** One consent of a candidate: what the consent gate (matching's `magProfielZien`) decides on. */
export interface KandidaatToestemming {
  doel: ToestemmingDoel;
  vacatureId: string | null;
  gegeven: boolean;
  geldigTot: string | null;
  gewijzigdOp: Date;
}

/** What other contexts (plaatsingen, matching) may ask of werkgevers' projection of trajecten. */
export interface Kandidatenregister {
  /** The person and the traject's organisation; undefined when the traject is not known here. */
  kandidaat(
    m: EntityManager,
    trajectId: string,
  ): Promise<{ inwonerId: string; organisatie: string | null } | undefined>;
  /** Whether this inwoner has an open traject in step Matchen (so is on every vacancy's candidate list). */
  isMatchbaar(m: Pick<EntityManager, 'query'>, inwonerId: string): Promise<boolean>;
  /** Open trajecten in step Matchen. */
  matchbaar(m: Pick<EntityManager, 'query'>): Promise<MatchbareKandidaat[]>;
}
