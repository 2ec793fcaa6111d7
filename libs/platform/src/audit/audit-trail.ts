import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { currentCorrelationId } from '../context/request-context';
import { CombinedWrite } from '../persistence/combined-write';

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
    const write = new CombinedWrite();
    this.schrijfMee(write, wie, regel);
    await write.run(m);
  }

  /**
   * The row as a part of the caller's statement (one round trip for the change and its audit row), written once for
   * each row of the part `na` (the change's own part: no change, no row), or once when `na` is not given.
   */
  schrijfMee(write: CombinedWrite, wie: Principal, regel: AuditRegel, na?: string): void {
    const p = (waarde: unknown) => write.param(waarde);
    const inwoners = [...new Set(regel.inwonerIds)];
    const details = regel.details === undefined ? null : JSON.stringify(regel.details);
    // wie_naam: the reader's display name as the token gave it: "who read my data" shows a person, not an id.
    write.with(
      'audit_rij',
      `INSERT INTO audit_log (subject, rollen, organisatie, doel, actie, wat_soort, wat_id, inwoner_ids, details, correlation_id, wie_naam)
       SELECT ${p(wie.subject)}, ${p(wie.roles)}, ${p(wie.organisatie)}, ${p(regel.doel)}, ${p(regel.actie)}, ${p(regel.wat.soort)},
              ${p(regel.wat.id ?? null)}, ${p(inwoners)}::uuid[], ${p(details)}, ${p(currentCorrelationId())}, ${p(wie.naam ?? null)}${na ? ` FROM ${na}` : ''}`,
    );
    write.onRun((m) => geschreven.set(m, (geschreven.get(m) ?? 0) + 1));
  }

  /** Whether a use case already wrote a row in this transaction (the route's interceptor then writes none). */
  schreefIn(m: EntityManager): boolean {
    return (geschreven.get(m) ?? 0) > 0;
  }
}
