import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId, Principal } from '@wiz/platform';

export type AuditActie =
  | 'inzage'
  | 'zoeken'
  | 'dubbelen-inzien'
  | 'identiteitscontroles-inzien'
  | 'vastleggen'
  | 'toestemming-wijzigen'
  | 'identiteit-beoordelen'
  | 'bsn-herversleutelen';

/**
 * Every read and every write of personal data leaves a row: who (subject, roles, organisation), when, which
 * inwoner, what for. Written in the transaction of the read or write itself, so what is answered or stored is logged.
 * The table refuses UPDATE, DELETE and TRUNCATE (database trigger).
 */
@Injectable()
export class AuditLog {
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
