import { Module } from '@nestjs/common';
import { RegistreerPlaatsingController } from './commands/registreer-plaatsing.controller';
import { BeeindigPlaatsingController } from './commands/beeindig-plaatsing.controller';
import { BevestigSroiDoelgroepController } from './commands/bevestig-sroi-doelgroep.controller';
import { WijzigUrenController } from './commands/wijzig-uren.controller';
import { PlaatsingenController } from './queries/plaatsingen.controller';

@Module({
  controllers: [
    RegistreerPlaatsingController,
    BeeindigPlaatsingController,
    BevestigSroiDoelgroepController,
    WijzigUrenController,
    PlaatsingenController,
  ],
})
export class PlaatsingenModule {}
