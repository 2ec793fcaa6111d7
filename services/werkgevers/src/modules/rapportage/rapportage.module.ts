import { Module } from '@nestjs/common';
import { RapportageController } from './queries/rapportage.controller';
import { RapportageQuery } from './queries/rapportage';

@Module({ controllers: [RapportageController], providers: [RapportageQuery] })
export class RapportageModule {}
