import { Module } from '@nestjs/common';
import { BsnVault } from './identity/bsn-vault';
import { InwonerRegister } from './identity/inwoner-register';
import { INWONERIDENTIFICATIE, INWONERREGISTER } from './inwonerregister.port';
import { AuditModule } from '../audit/audit.module';
import { ToewijzingenModule } from '../toewijzingen/toewijzingen.module';
import { GetInwonerController } from './queries/get-inwoner/get-inwoner.controller';
import { GetInwoner } from './queries/get-inwoner/get-inwoner.query';
import { ZoekInwonersController } from './queries/zoek-inwoners/zoek-inwoners.controller';
import { ZoekInwoners } from './queries/zoek-inwoners/zoek-inwoners.query';
import { MogelijkeDubbelenController } from './queries/mogelijke-dubbelen/mogelijke-dubbelen.controller';
import { MogelijkeDubbelen } from './queries/mogelijke-dubbelen/mogelijke-dubbelen.query';
import { IdentiteitscontrolesController } from './queries/identiteitscontroles/identiteitscontroles.controller';
import { IdentiteitscontrolesLijst } from './queries/identiteitscontroles/identiteitscontroles.query';
import { WijzigToestemmingController } from './commands/wijzig-toestemming/wijzig-toestemming.controller';
import { WijzigToestemming } from './commands/wijzig-toestemming/wijzig-toestemming.service';
import { HerversleutelBsnController } from './commands/herversleutel-bsn/herversleutel-bsn.controller';
import { HerversleutelBsn } from './commands/herversleutel-bsn/herversleutel-bsn.service';
import { BeoordeelIdentiteitController } from './commands/beoordeel-identiteit/beoordeel-identiteit.controller';
import { BeoordeelIdentiteit } from './commands/beoordeel-identiteit/beoordeel-identiteit.service';
import { Identiteitscontroles } from './database/identiteitscontroles';
import { Toestemmingen } from './database/toestemmingen';
import { InwonerRepository } from './database/inwoner.repository';
import { InwonerWijzigingen } from './database/inwoner-wijzigingen';
import { InwonerToegang } from './commands/inwoner-toegang';
import { ToestemmingToegang } from './commands/toestemming-toegang';
import { ToestemmingWijziging } from './commands/toestemming-wijziging';
import { GeefToestemmingController } from './commands/geef-toestemming/geef-toestemming.controller';
import { GeefToestemming } from './commands/geef-toestemming/geef-toestemming.service';
import { TrekToestemmingInController } from './commands/trek-toestemming-in/trek-toestemming-in.controller';
import { TrekToestemmingIn } from './commands/trek-toestemming-in/trek-toestemming-in.service';
import { ToestemmingenController } from './queries/toestemmingen/toestemmingen.controller';
import { ToestemmingenLijst } from './queries/toestemmingen/toestemmingen.query';
import { CorrigeerInwonerController } from './commands/corrigeer-inwoner/corrigeer-inwoner.controller';
import { CorrigeerInwoner } from './commands/corrigeer-inwoner/corrigeer-inwoner.service';
import { InwonerWijzigingenController } from './queries/inwoner-wijzigingen/inwoner-wijzigingen.controller';
import { InwonerWijzigingenLijst } from './queries/inwoner-wijzigingen/inwoner-wijzigingen.query';
import { SamenvoegingRepository } from './database/samenvoeging.repository';
import { VoegInwonersSamenController } from './commands/voeg-inwoners-samen/voeg-inwoners-samen.controller';
import { VoegInwonersSamen } from './commands/voeg-inwoners-samen/voeg-inwoners-samen.service';
import { MarkeerVerschillendController } from './commands/markeer-verschillend/markeer-verschillend.controller';
import { MarkeerVerschillend } from './commands/markeer-verschillend/markeer-verschillend.service';
import { IdentificeerAnoniem } from './commands/identificeer-anoniem/identificeer-anoniem.service';
import { INTAKE_CONFIG } from '../../config/intake-config.module';
import { Correctieverzoeken } from './database/correctieverzoeken';
import { CorrectieverzoekenController } from './commands/correctieverzoek/correctieverzoeken.controller';
import { CorrectieverzoekenService } from './commands/correctieverzoek/correctieverzoeken.service';
import { MijnGegevensController } from './queries/mijn-gegevens/mijn-gegevens.controller';
import { MijnGegevens } from './queries/mijn-gegevens/mijn-gegevens.query';
import type { IntakeConfig } from '../../config/intake-config';
import { EigenVerzoeken } from './eigen-verzoeken';

/** Inwoners with their encrypted BSN, consents and identity checks; exports the `Inwonerregister` port. */
@Module({
  imports: [AuditModule, ToewijzingenModule],
  controllers: [
    GetInwonerController,
    ZoekInwonersController,
    WijzigToestemmingController,
    ToestemmingenController,
    GeefToestemmingController,
    TrekToestemmingInController,
    MogelijkeDubbelenController,
    HerversleutelBsnController,
    IdentiteitscontrolesController,
    BeoordeelIdentiteitController,
    CorrigeerInwonerController,
    InwonerWijzigingenController,
    VoegInwonersSamenController,
    MarkeerVerschillendController,
    MijnGegevensController,
    CorrectieverzoekenController,
  ],
  providers: [
    { provide: BsnVault, inject: [INTAKE_CONFIG], useFactory: (config: IntakeConfig) => new BsnVault(config.bsn) },
    InwonerRegister,
    { provide: INWONERREGISTER, useExisting: InwonerRegister },
    Identiteitscontroles,
    Toestemmingen,
    InwonerRepository,
    GetInwoner,
    ZoekInwoners,
    MogelijkeDubbelen,
    IdentiteitscontrolesLijst,
    WijzigToestemming,
    HerversleutelBsn,
    BeoordeelIdentiteit,
    InwonerWijzigingen,
    InwonerToegang,
    ToestemmingToegang,
    ToestemmingWijziging,
    GeefToestemming,
    TrekToestemmingIn,
    ToestemmingenLijst,
    CorrigeerInwoner,
    InwonerWijzigingenLijst,
    SamenvoegingRepository,
    VoegInwonersSamen,
    MarkeerVerschillend,
    IdentificeerAnoniem,
    { provide: INWONERIDENTIFICATIE, useExisting: IdentificeerAnoniem },
    Correctieverzoeken,
    CorrectieverzoekenService,
    EigenVerzoeken,
    MijnGegevens,
  ],
  exports: [INWONERREGISTER, INWONERIDENTIFICATIE],
})
export class InwonersModule {}
