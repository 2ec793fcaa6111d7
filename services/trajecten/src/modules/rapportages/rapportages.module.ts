import { Module } from '@nestjs/common';
import { PubliceerRapportageController } from './commands/publiceer-rapportage/publiceer-rapportage.controller';
import { PubliceerRapportage } from './commands/publiceer-rapportage/publiceer-rapportage.service';
import { RapportageOpslag } from './database/rapportage-opslag';
import { RapportagesController } from './queries/rapportages/rapportages.controller';
import { RapportagesQuery } from './queries/rapportages/rapportages.query';
import { RapportSamensteller } from './queries/rapport-samensteller';
import { MonitorModule } from '../monitor/monitor.module';

/** The half-year council report (and the board's quarterly one) on top of the monitor's figures. */
@Module({
  imports: [MonitorModule],
  controllers: [RapportagesController, PubliceerRapportageController],
  providers: [RapportSamensteller, RapportageOpslag, RapportagesQuery, PubliceerRapportage],
})
export class RapportagesModule {}
