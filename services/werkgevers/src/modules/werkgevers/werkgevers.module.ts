import { Module } from '@nestjs/common';
import { RegistreerWerkgeverController } from './commands/registreer-werkgever.controller';
import { VoegVacatureToeController } from './commands/voeg-vacature-toe.controller';
import { VoegContactpersoonToeController } from './commands/voeg-contactpersoon-toe.controller';
import { WerkgeversController } from './queries/werkgevers.controller';
import { VacaturesController } from './queries/vacatures.controller';

@Module({
  controllers: [
    RegistreerWerkgeverController,
    VoegVacatureToeController,
    VoegContactpersoonToeController,
    WerkgeversController,
    VacaturesController,
  ],
})
export class WerkgeversModule {}
