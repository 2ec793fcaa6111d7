import { Module } from '@nestjs/common';
import { KeuzelijstenController } from './queries/keuzelijsten/keuzelijsten.controller';
import { Keuzelijsten } from './queries/keuzelijsten/keuzelijsten.query';
import { SkillsModule } from '../skills/skills.module';

@Module({ imports: [SkillsModule], controllers: [KeuzelijstenController], providers: [Keuzelijsten] })
export class KeuzelijstenModule {}
