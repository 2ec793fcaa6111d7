import { Module } from '@nestjs/common';
import { KandidaatProjectie } from './events/kandidaat-projectie.handlers';
import { KandidatenController } from './queries/kandidaten.controller';
import { KandidaatprofielController } from './commands/kandidaatprofiel.controller';

@Module({ controllers: [KandidatenController, KandidaatprofielController], providers: [KandidaatProjectie] })
export class MatchingModule {}
