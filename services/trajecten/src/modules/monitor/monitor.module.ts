import { Global, Module } from '@nestjs/common';
import { MonitorProjectie } from './database/monitor-projectie';
import { MonitorTellingen } from './database/monitor-tellingen';
import { MonitorWijzigingen } from './database/monitor-wijzigingen';
import { MonitorCijfersQuery } from './queries/monitor-cijfers.query';
import { MonitorController } from './queries/monitor.controller';
import { MonitorStroomController } from './queries/monitor-stroom.controller';

@Global()
@Module({
  controllers: [MonitorController, MonitorStroomController],
  providers: [MonitorProjectie, MonitorTellingen, MonitorWijzigingen, MonitorCijfersQuery],
  exports: [MonitorProjectie, MonitorCijfersQuery],
})
export class MonitorModule {}
