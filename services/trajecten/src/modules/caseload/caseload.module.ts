import { Module } from '@nestjs/common';
import { RegistreerMedewerkerController } from './commands/registreer-medewerker/registreer-medewerker.controller';
import { RegistreerMedewerker } from './commands/registreer-medewerker/registreer-medewerker.service';
import { StelToewijzingsregelVastController } from './commands/stel-toewijzingsregel-vast/stel-toewijzingsregel-vast.controller';
import { StelToewijzingsregelVast } from './commands/stel-toewijzingsregel-vast/stel-toewijzingsregel-vast.service';
import { RegelVervangingController } from './commands/regel-vervanging/regel-vervanging.controller';
import { RegelVervanging } from './commands/regel-vervanging/regel-vervanging.service';
import { CaseloadController } from './queries/caseload/caseload.controller';
import { CaseloadQuery } from './queries/caseload/caseload.query';
import { MedewerkersController } from './queries/medewerkers/medewerkers.controller';
import { MedewerkersQuery } from './queries/medewerkers/medewerkers.query';
import { MedewerkerRepository } from './database/medewerker.repository';
import { ToewijzingsregelRepository } from './database/toewijzingsregel.repository';
import { VervangingRepository } from './database/vervanging.repository';
import { Toewijzer } from './database/toewijzer';
import { TrajectToegang } from './database/traject-toegang';
import { TOEWIJZER, TRAJECT_TOEGANG } from './caseload.port';
import { VervangingenAankondiging } from './jobs/vervangingen-aankondiging';

/**
 * Medewerkers and teams, each organisation's assignment rule, stand-ins and the consulent's worklists; and who may
 * see a traject's journal and plan (its holders).
 */
@Module({
  controllers: [
    RegistreerMedewerkerController,
    StelToewijzingsregelVastController,
    RegelVervangingController,
    CaseloadController,
    MedewerkersController,
  ],
  providers: [
    RegistreerMedewerker,
    StelToewijzingsregelVast,
    RegelVervanging,
    CaseloadQuery,
    MedewerkersQuery,
    MedewerkerRepository,
    ToewijzingsregelRepository,
    VervangingRepository,
    VervangingenAankondiging,
    Toewijzer,
    { provide: TOEWIJZER, useExisting: Toewijzer },
    { provide: TRAJECT_TOEGANG, useClass: TrajectToegang },
  ],
  exports: [TOEWIJZER, TRAJECT_TOEGANG],
})
export class CaseloadModule {}
