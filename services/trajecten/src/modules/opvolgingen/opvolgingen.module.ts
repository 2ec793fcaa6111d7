import { Module } from '@nestjs/common';
import { OpvolgingWachtrij } from './database/opvolging-wachtrij';
import { OpvolgingPlanner } from './database/opvolging-planner';
import { OpvolgingVuren } from './database/opvolging-vuren';
import { OpvolgingWorker } from './database/opvolging-worker';
import { PlaatsingHandlers } from './events/plaatsing.handlers';
import { OpvolgingenController } from './queries/opvolgingen.controller';
import { WachtrijenController } from './queries/wachtrijen.controller';
import { LegUitkomstVastController } from './commands/leg-uitkomst-vast.controller';

@Module({
  controllers: [OpvolgingenController, WachtrijenController, LegUitkomstVastController],
  providers: [OpvolgingWachtrij, OpvolgingPlanner, OpvolgingVuren, OpvolgingWorker, PlaatsingHandlers],
  exports: [OpvolgingPlanner],
})
export class OpvolgingenModule {}
