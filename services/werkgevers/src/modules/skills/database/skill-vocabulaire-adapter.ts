import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VocabulaireSkill } from '../domain';
import type { SkillVocabulaire } from '../skill-vocabulaire.port';
import { SkillVocabulaireRepository } from './skill-vocabulaire-repository';

/** The `SkillVocabulaire` port on the vocabulary repository. */
@Injectable()
export class SkillVocabulaireAdapter implements SkillVocabulaire {
  constructor(private readonly vocabulaire: SkillVocabulaireRepository) {}

  async koppel(m: Pick<EntityManager, 'query'>, ingevoerd: readonly string[]): Promise<string[]> {
    return (await this.vocabulaire.laad(m)).koppelAlle(ingevoerd).map((k) => k.skill);
  }

  async skills(m: Pick<EntityManager, 'query'>): Promise<readonly VocabulaireSkill[]> {
    return (await this.vocabulaire.laad(m)).skills;
  }
}
