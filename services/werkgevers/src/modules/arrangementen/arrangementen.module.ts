import { Module } from '@nestjs/common';
import { RegistreerArrangementController } from './commands/registreer-arrangement/registreer-arrangement.controller';
import { RegistreerArrangement } from './commands/registreer-arrangement/registreer-arrangement.service';
import { GetArrangementController } from './queries/get-arrangement/get-arrangement.controller';
import { GetArrangement } from './queries/get-arrangement/get-arrangement.query';
import { ArrangementenLijstController } from './queries/arrangementen-lijst/arrangementen-lijst.controller';
import { ArrangementenLijst } from './queries/arrangementen-lijst/arrangementen-lijst.query';
import { ArrangementRepository } from './database/arrangement-repository';
import { ARRANGEMENTENREGISTER } from './arrangementenregister.port';
import { WerkgeversModule } from '../werkgevers/werkgevers.module';

/** Arrangements with employers and a school; exports the `Arrangementenregister` port to plaatsingen. */
@Module({
  imports: [WerkgeversModule],
  controllers: [RegistreerArrangementController, GetArrangementController, ArrangementenLijstController],
  providers: [
    RegistreerArrangement,
    GetArrangement,
    ArrangementenLijst,
    ArrangementRepository,
    { provide: ARRANGEMENTENREGISTER, useExisting: ArrangementRepository },
  ],
  exports: [ARRANGEMENTENREGISTER],
})
export class ArrangementenModule {}
