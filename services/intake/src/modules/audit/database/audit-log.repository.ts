import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId, Principal } from '@wiz/platform';
import type { AuditActie, AuditLog } from '../audit-log.port';

/** The audit_log table: one row per inwoner per read or write. It refuses UPDATE, DELETE and TRUNCATE (trigger). */
@Injectable()
export class AuditLogRepository implements AuditLog {
  async schrijf(
    manager: EntityManager,
    wie: Principal,
    actie: AuditActie,
    inwonerIds: readonly string[],
    doel: string,
  ): Promise<void> {
    if (inwonerIds.length === 0) return;
    await manager.query(
      `INSERT INTO audit_log (actor, rollen, organisatie, actie, inwoner_id, doel, correlation_id)
       SELECT $1, $2, $3, $4, unnest($5::uuid[]), $6, $7`,
      [wie.subject, wie.roles, wie.organisatie, actie, inwonerIds, doel, currentCorrelationId()],
    );
  }
}
