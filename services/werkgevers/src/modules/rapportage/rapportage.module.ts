import { Module } from '@nestjs/common';
import { RapportageController } from './queries/rapportage.controller';
import { RapportageQuery } from './queries/rapportage';
import { AfspraakbanenBasisProjectie } from './events/afspraakbanen-basis.handlers';

@Module({ controllers: [RapportageController], providers: [RapportageQuery, AfspraakbanenBasisProjectie] })
export class RapportageModule {}
