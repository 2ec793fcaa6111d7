import { Module } from '@nestjs/common';
import { AuditLogRepository } from './database/audit-log.repository';
import { AUDIT_LOG } from './audit-log.port';

/** One audit log (the append-only audit_log table) for every read and write of personal data. */
@Module({ providers: [{ provide: AUDIT_LOG, useClass: AuditLogRepository }], exports: [AUDIT_LOG] })
export class AuditModule {}
