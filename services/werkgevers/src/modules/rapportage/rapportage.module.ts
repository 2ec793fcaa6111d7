import { Module } from '@nestjs/common';
import { RapportageController } from './queries/rapportage/rapportage.controller';
import { RapportageQuery } from './queries/rapportage/rapportage.query';
import { AfspraakbanenBasisProjectie } from './events/afspraakbanen-basis.handlers';
import { AfspraakbanenBasisRepository } from './database/afspraakbanen-basis-repository';

/** The employer teams' regional figures (placements, SROI, afspraakbanen) and the afspraakbanen bases they count from. */
@Module({
  controllers: [RapportageController],
  providers: [RapportageQuery, AfspraakbanenBasisProjectie, AfspraakbanenBasisRepository],
})
export class RapportageModule {}
