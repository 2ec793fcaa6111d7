import { Module } from '@nestjs/common';
import { RegistreerSroiVerplichtingController } from './commands/registreer-sroi-verplichting/registreer-sroi-verplichting.controller';
import { RegistreerSroiVerplichting } from './commands/registreer-sroi-verplichting/registreer-sroi-verplichting.service';
import { SroiVoortgangController } from './queries/sroi-verplichtingen/sroi-verplichtingen.controller';
import { SroiVerplichtingenQuery } from './queries/sroi-verplichtingen/sroi-verplichtingen.query';
import { SroiVerplichtingRepository } from './database/sroi-verplichting-repository';
import { UitkeringssituatieRepository } from './database/uitkeringssituatie-repository';
import { SroiRegisterAdapter } from './database/sroi-register-adapter';
import { SROI_REGISTER } from './sroi-register.port';
import { WerkgeversModule } from '../werkgevers/werkgevers.module';

/** SROI obligations and their progress by bouwblok (configured); exports the `SroiRegister` port to plaatsingen. */
@Module({
  imports: [WerkgeversModule],
  controllers: [RegistreerSroiVerplichtingController, SroiVoortgangController],
  providers: [
    RegistreerSroiVerplichting,
    SroiVerplichtingenQuery,
    SroiVerplichtingRepository,
    UitkeringssituatieRepository,
    { provide: SROI_REGISTER, useClass: SroiRegisterAdapter },
  ],
  exports: [SROI_REGISTER],
})
export class SroiModule {}
