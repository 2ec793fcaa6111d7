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
import { LegWerkurenVastController } from './commands/leg-werkuren-vast/leg-werkuren-vast.controller';
import { LegWerkurenVast } from './commands/leg-werkuren-vast/leg-werkuren-vast.service';
import { TrajectWijziging } from './commands/traject-wijziging';
import { TrajectRepository } from './database/traject-repository';
import { TRAJECT_REPOSITORY } from './database/traject.repository.port';
import { OpvolgingenModule } from '../opvolgingen/opvolgingen.module';
import { MonitorModule } from '../monitor/monitor.module';
import { CaseloadModule } from '../caseload/caseload.module';
import { WijsToeController } from './commands/wijs-toe/wijs-toe.controller';
import { WijsToe } from './commands/wijs-toe/wijs-toe.service';
import { StelOverdrachtVoorController } from './commands/stel-overdracht-voor/stel-overdracht-voor.controller';
import { StelOverdrachtVoor } from './commands/stel-overdracht-voor/stel-overdracht-voor.service';
import { BeslisOverdrachtController } from './commands/beslis-overdracht/beslis-overdracht.controller';
import { BeslisOverdracht } from './commands/beslis-overdracht/beslis-overdracht.service';
import { OverdrachtenController } from './queries/overdrachten/overdrachten.controller';
import { OverdrachtenQuery } from './queries/overdrachten/overdrachten.query';
import { OverdrachtRepository } from './database/overdracht-repository';
import { InwonerTrajectenRepository } from './database/inwoner-trajecten.repository';
import { InwonersSamengevoegdHandler } from './events/inwoners-samengevoegd.handler';
import { InwonerVerhuisdHandler } from './events/inwoner-verhuisd.handler';
import { PrivacyModule } from '../privacy/privacy.module';

@Module({
  imports: [OpvolgingenModule, MonitorModule, CaseloadModule, PrivacyModule],
  controllers: [
    GetTrajectController,
    ListTrajectenController,
    ZetStapController,
    StartActiviteitController,
    RondActiviteitAfController,
    SluitAfController,
    WijzigLadderController,
    LegWerkurenVastController,
    WijsToeController,
    StelOverdrachtVoorController,
    BeslisOverdrachtController,
    OverdrachtenController,
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
    LegWerkurenVast,
    WijsToe,
    StelOverdrachtVoor,
    BeslisOverdracht,
    OverdrachtenQuery,
    OverdrachtRepository,
    InwonerTrajectenRepository,
    InwonersSamengevoegdHandler,
    InwonerVerhuisdHandler,
    { provide: TRAJECT_REPOSITORY, useClass: TrajectRepository },
  ],
})
export class TrajectenModule {}
