import { Module } from '@nestjs/common';
import { MonitorProjectie } from './database/monitor-projectie';
import { MonitorPersonen } from './database/monitor-personen';
import { MonitorTellingen } from './database/monitor-tellingen';
import { MonitorPersoonTellingen } from './database/monitor-personen-tellingen';
import { StreefwaardenRepository } from './database/streefwaarden-repository';
import { MonitorWijzigingen } from './listeners/monitor-wijzigingen';
import { StreefwaardenPublicatie } from './jobs/streefwaarden-publicatie';
import { PlaatsingUrenHandler } from './events/plaatsing-uren.handler';
import { StelStreefwaardeVastController } from './commands/stel-streefwaarde-vast/stel-streefwaarde-vast.controller';
import { StelStreefwaardeVast } from './commands/stel-streefwaarde-vast/stel-streefwaarde-vast.service';
import { MonitorCijfersQuery } from './queries/monitor-cijfers.query';
import { MonitorController } from './queries/monitor/monitor.controller';
import { MonitorPerGemeenteQuery } from './queries/monitor/monitor-per-gemeente.query';
import { MonitorStroomController } from './queries/monitor-stroom/monitor-stroom.controller';
import { StreefwaardenController } from './queries/streefwaarden/streefwaarden.controller';
import { StreefwaardenQuery } from './queries/streefwaarden/streefwaarden.query';
import { MonitorInwoners } from './database/monitor-inwoners';
import { MONITOR_CIJFERS, MONITOR_INWONERS, MONITOR_PERSONEN, MONITOR_PROJECTIE } from './monitor.port';
import { MonitorHerberekening } from './jobs/monitor-herberekening';

/** The 20.000 monitor; other contexts reach it through the ports of monitor.port.ts. */
@Module({
  controllers: [MonitorController, MonitorStroomController, StreefwaardenController, StelStreefwaardeVastController],
  providers: [
    MonitorProjectie,
    MonitorPersonen,
    MonitorInwoners,
    MonitorTellingen,
    MonitorPersoonTellingen,
    MonitorWijzigingen,
    StreefwaardenRepository,
    StreefwaardenPublicatie,
    MonitorHerberekening,
    PlaatsingUrenHandler,
    StelStreefwaardeVast,
    MonitorCijfersQuery,
    MonitorPerGemeenteQuery,
    StreefwaardenQuery,
    { provide: MONITOR_PROJECTIE, useExisting: MonitorProjectie },
    { provide: MONITOR_PERSONEN, useExisting: MonitorPersonen },
    { provide: MONITOR_CIJFERS, useExisting: MonitorCijfersQuery },
    { provide: MONITOR_INWONERS, useExisting: MonitorInwoners },
  ],
  exports: [MONITOR_PROJECTIE, MONITOR_PERSONEN, MONITOR_CIJFERS, MONITOR_INWONERS],
})
export class MonitorModule {}
