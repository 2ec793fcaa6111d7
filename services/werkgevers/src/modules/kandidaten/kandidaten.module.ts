import { Module } from '@nestjs/common';
import { ZetKandidaatprofielController } from './commands/zet-kandidaatprofiel/zet-kandidaatprofiel.controller';
import { ZetKandidaatprofiel } from './commands/zet-kandidaatprofiel/zet-kandidaatprofiel.service';
import { KandidaatProjectie } from './events/kandidaat-projectie.handlers';
import { KandidaatRepository } from './database/kandidaat-repository';
import { KANDIDATENREGISTER } from './kandidatenregister.port';
import { SkillsModule } from '../skills/skills.module';
import { SkillHouders } from '../skills/skill-houders';

/**
 * Candidates: werkgevers' projection of trajecten and consent, with the profile a consultant releases; exports the
 * `Kandidatenregister` port to plaatsingen and matching.
 */
@Module({
  imports: [SkillsModule],
  controllers: [ZetKandidaatprofielController],
  providers: [
    ZetKandidaatprofiel,
    KandidaatProjectie,
    KandidaatRepository,
    { provide: KANDIDATENREGISTER, useExisting: KandidaatRepository },
  ],
  exports: [KANDIDATENREGISTER],
})
export class KandidatenModule {
  // Profiles hold skills: they are re-mapped when the vocabulary learns a code for a free text.
  constructor(houders: SkillHouders, kandidaten: KandidaatRepository) {
    houders.meld(kandidaten);
  }
}
