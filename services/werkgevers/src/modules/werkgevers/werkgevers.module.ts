import { Module } from '@nestjs/common';
import { RegistreerWerkgeverController } from './commands/registreer-werkgever/registreer-werkgever.controller';
import { RegistreerWerkgever } from './commands/registreer-werkgever/registreer-werkgever.service';
import { VoegVacatureToeController } from './commands/voeg-vacature-toe/voeg-vacature-toe.controller';
import { VoegVacatureToe } from './commands/voeg-vacature-toe/voeg-vacature-toe.service';
import { VoegContactpersoonToeController } from './commands/voeg-contactpersoon-toe/voeg-contactpersoon-toe.controller';
import { VoegContactpersoonToe } from './commands/voeg-contactpersoon-toe/voeg-contactpersoon-toe.service';
import { ZoekWerkgeversController } from './queries/zoek-werkgevers/zoek-werkgevers.controller';
import { ZoekWerkgevers } from './queries/zoek-werkgevers/zoek-werkgevers.query';
import { GetWerkgeverController } from './queries/get-werkgever/get-werkgever.controller';
import { GetWerkgever } from './queries/get-werkgever/get-werkgever.query';
import { GetVacatureController } from './queries/get-vacature/get-vacature.controller';
import { GetVacature } from './queries/get-vacature/get-vacature.query';
import { WerkgeverRepository } from './database/werkgever-repository';
import { WERKGEVERREGISTER } from './werkgeverregister.port';
import { SkillsModule } from '../skills/skills.module';
import { SkillHouders } from '../skills/skill-houders';

/** Employers with their contact persons and vacancies; exports the `Werkgeverregister` port to other contexts. */
@Module({
  imports: [SkillsModule],
  controllers: [
    RegistreerWerkgeverController,
    VoegVacatureToeController,
    VoegContactpersoonToeController,
    ZoekWerkgeversController,
    GetWerkgeverController,
    GetVacatureController,
  ],
  providers: [
    RegistreerWerkgever,
    VoegVacatureToe,
    VoegContactpersoonToe,
    ZoekWerkgevers,
    GetWerkgever,
    GetVacature,
    WerkgeverRepository,
    { provide: WERKGEVERREGISTER, useExisting: WerkgeverRepository },
  ],
  exports: [WERKGEVERREGISTER],
})
export class WerkgeversModule {
  // Vacancies hold skills: they are re-mapped when the vocabulary learns a code for a free text.
  constructor(houders: SkillHouders, werkgevers: WerkgeverRepository) {
    houders.meld(werkgevers);
  }
}
