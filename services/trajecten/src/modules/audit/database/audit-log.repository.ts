import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId, Principal } from '@wiz/platform';
import type { AuditActie, AuditLog } from '../audit-log.port';

/** The audit_log table: one row per read. It refuses UPDATE, DELETE and TRUNCATE (trigger, and the runtime role). */
@Injectable()
export class AuditLogRepository implements AuditLog {
  async schrijf(m: EntityManager, wie: Principal, actie: AuditActie, trajectId: string): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (actor, rollen, organisatie, actie, traject_id, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [wie.subject, wie.roles, wie.organisatie, actie, trajectId, currentCorrelationId()],
    );
  }
}
