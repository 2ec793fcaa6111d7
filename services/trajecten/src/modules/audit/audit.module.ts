import { Module } from '@nestjs/common';
import { AuditLogRepository } from './database/audit-log.repository';
import { AUDIT_LOG } from './audit-log.port';

/** trajecten's audit log (the append-only audit_log table) of every read of a journal or a plan. */
@Module({ providers: [{ provide: AUDIT_LOG, useClass: AuditLogRepository }], exports: [AUDIT_LOG] })
export class AuditModule {}
