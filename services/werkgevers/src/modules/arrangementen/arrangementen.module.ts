import { Module } from '@nestjs/common';
import { RegistreerArrangementController } from './commands/registreer-arrangement/registreer-arrangement.controller';
import { RegistreerArrangement } from './commands/registreer-arrangement/registreer-arrangement.service';
import { GetArrangementController } from './queries/get-arrangement/get-arrangement.controller';
import { GetArrangement } from './queries/get-arrangement/get-arrangement.query';
import { ArrangementRepository } from './database/arrangement-repository';
import { ARRANGEMENTENREGISTER } from './arrangementenregister.port';
import { WerkgeversModule } from '../werkgevers/werkgevers.module';

/** Arrangements with employers and a school; exports the `Arrangementenregister` port to plaatsingen. */
@Module({
  imports: [WerkgeversModule],
  controllers: [RegistreerArrangementController, GetArrangementController],
  providers: [
    RegistreerArrangement,
    GetArrangement,
    ArrangementRepository,
    { provide: ARRANGEMENTENREGISTER, useExisting: ArrangementRepository },
  ],
  exports: [ARRANGEMENTENREGISTER],
})
export class ArrangementenModule {}
