import { Module } from '@nestjs/common';
import { AuditLogRepository } from './database/audit-log-repository';
import { AUDIT_TRAIL } from './audit-trail.port';

/** One audit trail (the append-only audit_log table) for the contexts whose changes are audited. */
@Module({ providers: [{ provide: AUDIT_TRAIL, useClass: AuditLogRepository }], exports: [AUDIT_TRAIL] })
export class AuditModule {}
