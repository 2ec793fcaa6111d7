import { Global, Module } from '@nestjs/common';
import { MonitorProjectie } from './database/monitor-projectie';
import { MonitorController } from './queries/monitor.controller';

@Global()
@Module({ controllers: [MonitorController], providers: [MonitorProjectie], exports: [MonitorProjectie] })
export class MonitorModule {}
