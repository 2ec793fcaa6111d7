import { Global, Module } from '@nestjs/common';
import { MonitorProjectie } from './database/monitor-projectie';
import { MonitorPersonen } from './database/monitor-personen';
import { MonitorTellingen } from './database/monitor-tellingen';
import { MonitorPersoonTellingen } from './database/monitor-personen-tellingen';
import { MonitorWijzigingen } from './database/monitor-wijzigingen';
import { StreefwaardenRepository } from './database/streefwaarden-repository';
import { StreefwaardenPublicatie } from './database/streefwaarden-publicatie';
import { PlaatsingUrenHandler } from './events/plaatsing-uren.handler';
import { StelStreefwaardeVastController } from './commands/stel-streefwaarde-vast.controller';
import { MonitorCijfersQuery } from './queries/monitor-cijfers.query';
import { MonitorController } from './queries/monitor.controller';
import { MonitorStroomController } from './queries/monitor-stroom.controller';
import { StreefwaardenController } from './queries/streefwaarden.controller';

@Global()
@Module({
  controllers: [MonitorController, MonitorStroomController, StreefwaardenController, StelStreefwaardeVastController],
  providers: [
    MonitorProjectie,
    MonitorPersonen,
    MonitorTellingen,
    MonitorPersoonTellingen,
    MonitorWijzigingen,
    StreefwaardenRepository,
    StreefwaardenPublicatie,
    PlaatsingUrenHandler,
    MonitorCijfersQuery,
  ],
  exports: [MonitorProjectie, MonitorPersonen, MonitorCijfersQuery],
})
export class MonitorModule {}
