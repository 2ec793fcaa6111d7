import { DynamicModule, Module } from '@nestjs/common';
import { KandidaatProjectie } from './events/kandidaat-projectie.handlers';
import { KandidatenController } from './queries/kandidaten.controller';
import { KandidaatprofielController } from './commands/kandidaatprofiel.controller';
import { SkillsBeheerController } from './commands/skills-beheer.controller';
import { SkillsController } from './queries/skills.controller';
import { PSEUDONIEM_SLEUTEL } from '../../config/werkgevers-config';

@Module({})
export class MatchingModule {
  static register(pseudoniemSleutel: Buffer): DynamicModule {
    return {
      module: MatchingModule,
      controllers: [KandidatenController, KandidaatprofielController, SkillsController, SkillsBeheerController],
      providers: [KandidaatProjectie, { provide: PSEUDONIEM_SLEUTEL, useValue: pseudoniemSleutel }],
    };
  }
}
