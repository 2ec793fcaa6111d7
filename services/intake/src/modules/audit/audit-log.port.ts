import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';

/** Injection token of the `AuditLog` that AuditModule exports. */
export const AUDIT_LOG = Symbol('AuditLog');

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
 * inwoner, what for. Written in the transaction `m` of the read or write itself, so what is answered or stored is
 * logged.
 */
export interface AuditLog {
  schrijf(
    m: EntityManager,
    wie: Principal,
    actie: AuditActie,
    inwonerIds: readonly string[],
    doel: string,
  ): Promise<void>;
}
