import { Module } from '@nestjs/common';
import { TrajectEntity } from './database/traject.entity';
import { StartTrajectBijAanmelding } from './events/start-traject-bij-aanmelding.handler';
import { GetTrajectController } from './queries/get-traject/get-traject.controller';
import { ListTrajectenController } from './queries/list-trajecten/list-trajecten.controller';

export const TRAJECTEN_ENTITIES = [TrajectEntity];

@Module({
  controllers: [GetTrajectController, ListTrajectenController],
  providers: [StartTrajectBijAanmelding],
})
export class TrajectenModule {}
