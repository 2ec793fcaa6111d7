import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module';
import { AuditModule } from '../audit/audit.module';
import { PlanWijziging } from './commands/plan-wijziging';
import { VoegDoelToeController } from './commands/voeg-doel-toe/voeg-doel-toe.controller';
import { VoegDoelToe } from './commands/voeg-doel-toe/voeg-doel-toe.service';
import { VoegActieToeController } from './commands/voeg-actie-toe/voeg-actie-toe.controller';
import { VoegActieToe } from './commands/voeg-actie-toe/voeg-actie-toe.service';
import { ZetPlanstatusController } from './commands/zet-planstatus/zet-planstatus.controller';
import { ZetPlanstatus } from './commands/zet-planstatus/zet-planstatus.service';
import { LegAkkoordVastController } from './commands/leg-akkoord-vast/leg-akkoord-vast.controller';
import { LegAkkoordVast } from './commands/leg-akkoord-vast/leg-akkoord-vast.service';
import { PlanController } from './queries/plan/plan.controller';
import { PlanQuery } from './queries/plan/plan.query';
import { PlanRepository } from './database/plan.repository';

/** A traject's plan: goals with actions, an owner, a target date and a status, agreed with the inwoner. */
@Module({
  imports: [CaseloadModule, AuditModule],
  controllers: [
    VoegDoelToeController,
    VoegActieToeController,
    ZetPlanstatusController,
    LegAkkoordVastController,
    PlanController,
  ],
  providers: [PlanWijziging, VoegDoelToe, VoegActieToe, ZetPlanstatus, LegAkkoordVast, PlanQuery, PlanRepository],
})
export class PlanModule {}
