import type { EntityManager } from 'typeorm';
import type { VocabulaireSkill } from './domain';

/** Injection token of the `SkillVocabulaire` that SkillsModule exports. */
export const SKILL_VOCABULAIRE = Symbol('SkillVocabulaire');

/** What other contexts may ask of the skills vocabulary. */
export interface SkillVocabulaire {
  /** Texts as a client sent them, mapped onto the vocabulary: a code, or the normalised free text; each once. */
  koppel(m: Pick<EntityManager, 'query'>, ingevoerd: readonly string[]): Promise<string[]>;
  /** Every skill with its label and synonyms. */
  skills(m: Pick<EntityManager, 'query'>): Promise<readonly VocabulaireSkill[]>;
}

/**
 * An aggregate that holds skills (a vacancy, a candidate profile). When a free text becomes a code, each holder
 * re-maps its own rows in the transaction of the vocabulary change; holders announce themselves to `SkillHouders`.
 */
export interface SkillHouder {
  herkoppelSkills(m: EntityManager, vrijeSkills: readonly string[], code: string): Promise<void>;
}
