import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SROI_DOELGROEP_LABELS } from '../../../sroi/domain';
import { SKILL_VOCABULAIRE, type SkillVocabulaire } from '../../../skills/skill-vocabulaire.port';

/**
 * The lists of this service with their Dutch labels, so a screen offers the values the API knows and no client keeps
 * its own copy of them. Skills are the vocabulary beheer keeps (any other text is accepted too, as a free skill).
 */
@Injectable()
export class Keuzelijsten {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SKILL_VOCABULAIRE) private readonly vocabulaire: SkillVocabulaire,
  ) {}

  async lijsten() {
    const skills = (await this.vocabulaire.skills(this.db.manager)).map((s) => ({ waarde: s.code, tekst: s.label }));
    return {
      skills,
      sroiDoelgroepen: Object.entries(SROI_DOELGROEP_LABELS).map(([waarde, tekst]) => ({ waarde, tekst })),
    };
  }
}
