import { Module } from '@nestjs/common';
import { VoegSkillToeController } from './commands/voeg-skill-toe/voeg-skill-toe.controller';
import { VoegSkillToe } from './commands/voeg-skill-toe/voeg-skill-toe.service';
import { VoegSynoniemToeController } from './commands/voeg-synoniem-toe/voeg-synoniem-toe.controller';
import { VoegSynoniemToe } from './commands/voeg-synoniem-toe/voeg-synoniem-toe.service';
import { SkillsLijstController } from './queries/skills-lijst/skills-lijst.controller';
import { SkillsLijst } from './queries/skills-lijst/skills-lijst.query';
import { SkillVocabulaireRepository } from './database/skill-vocabulaire-repository';
import { SkillVocabulaireAdapter } from './database/skill-vocabulaire-adapter';
import { SkillHouders } from './skill-houders';
import { SKILL_VOCABULAIRE } from './skill-vocabulaire.port';
import { AuditModule } from '../audit/audit.module';

/** The skills vocabulary beheer keeps; exports the vocabulary port and the registry of aggregates holding skills. */
@Module({
  imports: [AuditModule],
  controllers: [VoegSkillToeController, VoegSynoniemToeController, SkillsLijstController],
  providers: [
    VoegSkillToe,
    VoegSynoniemToe,
    SkillsLijst,
    SkillVocabulaireRepository,
    SkillHouders,
    { provide: SKILL_VOCABULAIRE, useClass: SkillVocabulaireAdapter },
  ],
  exports: [SKILL_VOCABULAIRE, SkillHouders],
})
export class SkillsModule {}
