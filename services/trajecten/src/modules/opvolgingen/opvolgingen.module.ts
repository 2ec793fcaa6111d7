import { Module } from '@nestjs/common';
import { OpvolgingWachtrij } from './jobs/opvolging-wachtrij';
import { OpvolgingVuren } from './jobs/opvolging-vuren';
import { OpvolgingWorker } from './jobs/opvolging-worker';
import { OpvolgingPlanner } from './database/opvolging-planner';
import { OpvolgingRepository } from './database/opvolging-repository';
import { PlaatsingHandlers } from './events/plaatsing.handlers';
import { OpvolgingenController } from './queries/opvolgingen/opvolgingen.controller';
import { OpvolgingenQuery } from './queries/opvolgingen/opvolgingen.query';
import { WachtrijenController } from './queries/wachtrijen/wachtrijen.controller';
import { WachtrijenQuery } from './queries/wachtrijen/wachtrijen.query';
import { LegUitkomstVastController } from './commands/leg-uitkomst-vast/leg-uitkomst-vast.controller';
import { LegUitkomstVast } from './commands/leg-uitkomst-vast/leg-uitkomst-vast.service';
import { SluitOpvolgingAfController } from './commands/sluit-opvolging-af/sluit-opvolging-af.controller';
import { SluitOpvolgingAf } from './commands/sluit-opvolging-af/sluit-opvolging-af.service';
import { OPVOLGING_PLANNER } from './opvolging-planner.port';
import { MonitorModule } from '../monitor/monitor.module';

@Module({
  imports: [MonitorModule],
  controllers: [OpvolgingenController, WachtrijenController, LegUitkomstVastController, SluitOpvolgingAfController],
  providers: [
    OpvolgingWachtrij,
    OpvolgingVuren,
    OpvolgingWorker,
    OpvolgingPlanner,
    OpvolgingRepository,
    PlaatsingHandlers,
    OpvolgingenQuery,
    WachtrijenQuery,
    LegUitkomstVast,
    SluitOpvolgingAf,
    { provide: OPVOLGING_PLANNER, useExisting: OpvolgingPlanner },
  ],
  exports: [OPVOLGING_PLANNER],
})
export class OpvolgingenModule {}
