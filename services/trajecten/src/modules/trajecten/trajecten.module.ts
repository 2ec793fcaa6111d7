import { Module } from '@nestjs/common';
import { StartTrajectBijAanmelding } from './events/start-traject-bij-aanmelding.handler';
import { GetTrajectController } from './queries/get-traject/get-traject.controller';
import { TrajectQuery } from './queries/get-traject/get-traject.query';
import { ListTrajectenController } from './queries/list-trajecten/list-trajecten.controller';
import { WerklijstQuery } from './queries/list-trajecten/list-trajecten.query';
import { ZetStapController } from './commands/zet-stap/zet-stap.controller';
import { ZetStap } from './commands/zet-stap/zet-stap.service';
import { StartActiviteitController } from './commands/start-activiteit/start-activiteit.controller';
import { StartActiviteit } from './commands/start-activiteit/start-activiteit.service';
import { RondActiviteitAfController } from './commands/rond-activiteit-af/rond-activiteit-af.controller';
import { RondActiviteitAf } from './commands/rond-activiteit-af/rond-activiteit-af.service';
import { SluitAfController } from './commands/sluit-af/sluit-af.controller';
import { SluitAf } from './commands/sluit-af/sluit-af.service';
import { WijzigLadderController } from './commands/wijzig-ladder/wijzig-ladder.controller';
import { WijzigLadder } from './commands/wijzig-ladder/wijzig-ladder.service';
import { TrajectWijziging } from './commands/traject-wijziging';
import { TrajectRepository } from './database/traject-repository';
import { TRAJECT_REPOSITORY } from './database/traject.repository.port';
import { OpvolgingenModule } from '../opvolgingen/opvolgingen.module';
import { MonitorModule } from '../monitor/monitor.module';

@Module({
  imports: [OpvolgingenModule, MonitorModule],
  controllers: [
    GetTrajectController,
    ListTrajectenController,
    ZetStapController,
    StartActiviteitController,
    RondActiviteitAfController,
    SluitAfController,
    WijzigLadderController,
  ],
  providers: [
    StartTrajectBijAanmelding,
    TrajectQuery,
    WerklijstQuery,
    TrajectWijziging,
    ZetStap,
    StartActiviteit,
    RondActiviteitAf,
    SluitAf,
    WijzigLadder,
    { provide: TRAJECT_REPOSITORY, useClass: TrajectRepository },
  ],
})
export class TrajectenModule {}
