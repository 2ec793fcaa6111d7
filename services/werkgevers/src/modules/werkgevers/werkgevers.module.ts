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
import { WijzigVacatureStatusController } from './commands/wijzig-vacature-status/wijzig-vacature-status.controller';
import { WijzigVacatureStatus } from './commands/wijzig-vacature-status/wijzig-vacature-status.service';
import { VacaturesLijstController } from './queries/vacatures-lijst/vacatures-lijst.controller';
import { VacaturesLijst } from './queries/vacatures-lijst/vacatures-lijst.query';
import { WerkgeverRepository } from './database/werkgever-repository';
import { WERKGEVERREGISTER } from './werkgeverregister.port';
import { VACATUREBEZETTING } from './vacaturebezetting.port';
import { VacatureBezetting } from './vacature-bezetting';
import { AuditModule } from '../audit/audit.module';
import { SkillsModule } from '../skills/skills.module';
import { SkillHouders } from '../skills/skill-houders';

/**
 * Employers with their contact persons and vacancies (with a status); exports the `Werkgeverregister` and
 * `Vacaturebezetting` ports to other contexts.
 */
@Module({
  imports: [SkillsModule, AuditModule],
  controllers: [
    RegistreerWerkgeverController,
    VoegVacatureToeController,
    VoegContactpersoonToeController,
    ZoekWerkgeversController,
    GetWerkgeverController,
    GetVacatureController,
    WijzigVacatureStatusController,
    VacaturesLijstController,
  ],
  providers: [
    RegistreerWerkgever,
    VoegVacatureToe,
    VoegContactpersoonToe,
    ZoekWerkgevers,
    GetWerkgever,
    GetVacature,
    WijzigVacatureStatus,
    VacaturesLijst,
    WerkgeverRepository,
    { provide: WERKGEVERREGISTER, useExisting: WerkgeverRepository },
    { provide: VACATUREBEZETTING, useClass: VacatureBezetting },
  ],
  exports: [WERKGEVERREGISTER, VACATUREBEZETTING],
})
export class WerkgeversModule {
  // Vacancies hold skills: they are re-mapped when the vocabulary learns a code for a free text.
  constructor(houders: SkillHouders, werkgevers: WerkgeverRepository) {
    houders.meld(werkgevers);
  }
}
