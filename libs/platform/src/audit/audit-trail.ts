import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { currentCorrelationId } from '../context/request-context';

/** One row of the audit trail as a use case writes it. */
export interface AuditRegel {
  /** What was done: `inzage`, `traject-inzien`, `plaatsing-wijzigen`, … */
  actie: string;
  /** Why: the purpose the caller stated, or the one the route serves (`begeleiding`, `declaratie`). */
  doel: string;
  /** The resource read or changed: its kind and, where it has one, its id. */
  wat: { soort: string; id?: string | null };
  /** Whose data: every inwoner shown or changed (a list: all of them, in one row). */
  inwonerIds: readonly string[];
  /** A change's values where the service keeps them (never names, BSN or addresses). */
  details?: object;
}

const geschreven = new WeakMap<EntityManager, number>();

/**
 * The one audit writer of every service: a row in `audit_log`, written in the transaction `m` of the read or change
 * itself, so what is answered or stored is logged and a refused or failed one leaves no row. The table refuses
 * UPDATE, DELETE and TRUNCATE (trigger, and the runtime role's grants).
 */
@Injectable()
export class AuditTrail {
  async schrijf(m: EntityManager, wie: Principal, regel: AuditRegel): Promise<void> {
    const inwoners = [...new Set(regel.inwonerIds)];
    await m.query(
      `INSERT INTO audit_log (subject, rollen, organisatie, doel, actie, wat_soort, wat_id, inwoner_ids, details, correlation_id, wie_naam)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9, $10, $11)`,
      [
        wie.subject,
        wie.roles,
        wie.organisatie,
        regel.doel,
        regel.actie,
        regel.wat.soort,
        regel.wat.id ?? null,
        inwoners,
        regel.details === undefined ? null : JSON.stringify(regel.details),
        currentCorrelationId(),
        // The reader's display name as the token gave it: the inwoner's "who read my data" shows a person, not an id.
        wie.naam ?? null,
      ],
    );
    geschreven.set(m, (geschreven.get(m) ?? 0) + 1);
  }

  /** Whether a use case already wrote a row in this transaction (the route's interceptor then writes none). */
  schreefIn(m: EntityManager): boolean {
    return (geschreven.get(m) ?? 0) > 0;
  }
}
