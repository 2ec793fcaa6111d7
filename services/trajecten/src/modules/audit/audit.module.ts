import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module';
import { AuditLogRepository } from './database/audit-log.repository';
import { AUDIT_LOG } from './audit-log.port';
import { DossierInzage } from './dossier-inzage';

/** trajecten's audit log (the append-only audit_log table), and the audited read of a journal or a plan. */
@Module({
  imports: [CaseloadModule],
  providers: [{ provide: AUDIT_LOG, useClass: AuditLogRepository }, DossierInzage],
  exports: [DossierInzage],
})
export class AuditModule {}
