import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { VocabulaireSkill } from '../../domain';
import { SKILL_VOCABULAIRE, type SkillVocabulaire } from '../../skill-vocabulaire.port';

/** The vocabulary as it is now, outside a transaction. */
@Injectable()
export class SkillsLijst {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SKILL_VOCABULAIRE) private readonly vocabulaire: SkillVocabulaire,
  ) {}

  skills(): Promise<readonly VocabulaireSkill[]> {
    return this.vocabulaire.skills(this.db.manager);
  }
}
