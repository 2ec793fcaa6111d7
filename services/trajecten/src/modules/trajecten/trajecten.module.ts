import { Module } from '@nestjs/common';
import { StartTrajectBijAanmelding } from './events/start-traject-bij-aanmelding.handler';
import { GetTrajectController } from './queries/get-traject/get-traject.controller';
import { ListTrajectenController } from './queries/list-trajecten/list-trajecten.controller';
import { ZetStapController } from './commands/zet-stap/zet-stap.controller';
import { StartActiviteitController } from './commands/start-activiteit/start-activiteit.controller';
import { RondActiviteitAfController } from './commands/rond-activiteit-af/rond-activiteit-af.controller';
import { SluitAfController } from './commands/sluit-af/sluit-af.controller';
import { WijzigLadderController } from './commands/wijzig-ladder/wijzig-ladder.controller';
import { TrajectRepository } from './database/traject-repository';
import { TrajectWijziging } from './database/traject-wijziging';
import { OpvolgingenModule } from '../opvolgingen/opvolgingen.module';

@Module({
  imports: [OpvolgingenModule],
  controllers: [
    GetTrajectController,
    ListTrajectenController,
    ZetStapController,
    StartActiviteitController,
    RondActiviteitAfController,
    SluitAfController,
    WijzigLadderController,
  ],
  providers: [StartTrajectBijAanmelding, TrajectRepository, TrajectWijziging],
})
export class TrajectenModule {}
