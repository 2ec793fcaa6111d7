import { Module } from '@nestjs/common';
import { RegistreerPlaatsingController } from './commands/registreer-plaatsing/registreer-plaatsing.controller';
import { RegistreerPlaatsing } from './commands/registreer-plaatsing/registreer-plaatsing.service';
import { PlaatsingVerwijzingen } from './commands/registreer-plaatsing/plaatsing-verwijzingen';
import { BeeindigPlaatsingController } from './commands/beeindig-plaatsing/beeindig-plaatsing.controller';
import { BeeindigPlaatsing } from './commands/beeindig-plaatsing/beeindig-plaatsing.service';
import { BevestigSroiDoelgroepController } from './commands/bevestig-sroi-doelgroep/bevestig-sroi-doelgroep.controller';
import { BevestigSroiDoelgroep } from './commands/bevestig-sroi-doelgroep/bevestig-sroi-doelgroep.service';
import { WijzigUrenController } from './commands/wijzig-uren/wijzig-uren.controller';
import { WijzigUren } from './commands/wijzig-uren/wijzig-uren.service';
import { PlaatsingenLijstController } from './queries/plaatsingen-lijst/plaatsingen-lijst.controller';
import { PlaatsingenLijst } from './queries/plaatsingen-lijst/plaatsingen-lijst.query';
import { UitkeringssituatieProjectie } from './events/uitkeringssituatie.handlers';
import { PlaatsingRepository } from './database/plaatsing-repository';
import { AuditModule } from '../audit/audit.module';
import { WerkgeversModule } from '../werkgevers/werkgevers.module';
import { KandidatenModule } from '../kandidaten/kandidaten.module';
import { ArrangementenModule } from '../arrangementen/arrangementen.module';
import { SroiModule } from '../sroi/sroi.module';

/** Placements in work: recorded, ended, their hours changed and their SROI doelgroep confirmed. */
@Module({
  imports: [AuditModule, WerkgeversModule, KandidatenModule, ArrangementenModule, SroiModule],
  controllers: [
    RegistreerPlaatsingController,
    BeeindigPlaatsingController,
    BevestigSroiDoelgroepController,
    WijzigUrenController,
    PlaatsingenLijstController,
  ],
  providers: [
    RegistreerPlaatsing,
    PlaatsingVerwijzingen,
    BeeindigPlaatsing,
    BevestigSroiDoelgroep,
    WijzigUren,
    PlaatsingenLijst,
    UitkeringssituatieProjectie,
    PlaatsingRepository,
  ],
})
export class PlaatsingenModule {}
