import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RegelingenModule } from '../regelingen/regelingen.module';
import { RegistreerKostenregelController } from './commands/registreer-kostenregel/registreer-kostenregel.controller';
import { RegistreerKostenregelService } from './commands/registreer-kostenregel/registreer-kostenregel.service';
import { ImporteerKostenregelsController } from './commands/importeer-kostenregels/importeer-kostenregels.controller';
import { ImporteerKostenregelsService } from './commands/importeer-kostenregels/importeer-kostenregels.service';
import { LijstKostenregelsController } from './queries/lijst-kostenregels/lijst-kostenregels.controller';
import { LeesImportController } from './queries/lees-import/lees-import.controller';
import { KostenregelRepository } from './database/kostenregel.repository';
import { KOSTENREGEL_REPOSITORY } from './database/kostenregel.repository.port';
import { KostenregelImportRepository } from './database/kostenregel-import.repository';
import { KOSTENREGEL_IMPORT_REPOSITORY } from './database/kostenregel-import.repository.port';
import { KostenregelImporteur } from './import/kostenregel-importeur';
import { KostenregelImportWachtrij } from './import/kostenregel-import-wachtrij';
import { KOSTENREGELS } from './kostenregels.port';

/** Cost lines, one by one or imported; claims ask them through KOSTENREGELS. */
@Module({
  imports: [RegelingenModule, AuditModule],
  controllers: [
    RegistreerKostenregelController,
    ImporteerKostenregelsController,
    LijstKostenregelsController,
    LeesImportController,
  ],
  providers: [
    RegistreerKostenregelService,
    ImporteerKostenregelsService,
    KostenregelImporteur,
    KostenregelImportWachtrij,
    { provide: KOSTENREGEL_REPOSITORY, useClass: KostenregelRepository },
    { provide: KOSTENREGELS, useExisting: KOSTENREGEL_REPOSITORY },
    { provide: KOSTENREGEL_IMPORT_REPOSITORY, useClass: KostenregelImportRepository },
  ],
  exports: [KOSTENREGELS],
})
export class KostenregelsModule {}
