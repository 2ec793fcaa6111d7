import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId, Principal } from '@wiz/platform';
import type { AuditActie, AuditTrail } from '../audit-trail.port';

/**
 * Changes to werkgevers' configuration (the skills vocabulary) and confirmations that revalue figures (an SROI
 * doelgroep) leave a row: who (subject, roles, organisation), when, what, on which record, with what. Written in the
 * transaction of the change itself; the table refuses UPDATE, DELETE and TRUNCATE (database trigger and grants).
 */
@Injectable()
export class AuditLogRepository implements AuditTrail {
  async schrijf(
    m: EntityManager,
    wie: Principal,
    actie: AuditActie,
    onderwerp: string,
    details: object,
  ): Promise<void> {
    await m.query(
      `INSERT INTO audit_log (actor, rollen, organisatie, actie, onderwerp, details, correlation_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [wie.subject, wie.roles, wie.organisatie, actie, onderwerp, JSON.stringify(details), currentCorrelationId()],
    );
  }
}
