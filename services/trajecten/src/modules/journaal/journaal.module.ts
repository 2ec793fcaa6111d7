import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module';
import { AuditModule } from '../audit/audit.module';
import { SchrijfNotitieController } from './commands/schrijf-notitie/schrijf-notitie.controller';
import { SchrijfNotitie } from './commands/schrijf-notitie/schrijf-notitie.service';
import { CorrigeerNotitieController } from './commands/corrigeer-notitie/corrigeer-notitie.controller';
import { CorrigeerNotitie } from './commands/corrigeer-notitie/corrigeer-notitie.service';
import { NotitiesController } from './queries/notities/notities.controller';
import { NotitiesQuery } from './queries/notities/notities.query';
import { NotitieRepository } from './database/notitie.repository';

/** A traject's journal: dated notes by their author, corrected by new versions, never deleted; reads audited. */
@Module({
  imports: [CaseloadModule, AuditModule],
  controllers: [SchrijfNotitieController, CorrigeerNotitieController, NotitiesController],
  providers: [SchrijfNotitie, CorrigeerNotitie, NotitiesQuery, NotitieRepository],
})
export class JournaalModule {}
