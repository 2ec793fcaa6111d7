import { Module } from '@nestjs/common';
import { RegistreerRegelingController } from './commands/registreer-regeling/registreer-regeling.controller';
import { RegistreerRegelingService } from './commands/registreer-regeling/registreer-regeling.service';
import { LeesRegelingenController } from './queries/lees-regelingen/lees-regelingen.controller';
import { RegelingRepository } from './database/regeling.repository';
import { REGELING_REPOSITORY } from './database/regeling.repository.port';
import { REGELINGEN } from './regelingen.port';

/** Subsidy schemes; other contexts ask them through REGELINGEN. */
@Module({
  controllers: [RegistreerRegelingController, LeesRegelingenController],
  providers: [
    RegistreerRegelingService,
    { provide: REGELING_REPOSITORY, useClass: RegelingRepository },
    { provide: REGELINGEN, useExisting: REGELING_REPOSITORY },
  ],
  exports: [REGELINGEN],
})
export class RegelingenModule {}
