import { Module } from '@nestjs/common';
import { PubliceerRapportageController } from './commands/publiceer-rapportage.controller';
import { RapportageOpslag } from './database/rapportage-opslag';
import { RapportagesController } from './queries/rapportages.controller';
import { RapportSamensteller } from './queries/rapport-samensteller';

/** The half-year council report (and the board's quarterly one) on top of the monitor's figures. */
@Module({
  controllers: [RapportagesController, PubliceerRapportageController],
  providers: [RapportSamensteller, RapportageOpslag],
})
export class RapportagesModule {}
