import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';

/** Injection token of the `AuditLog` that AuditModule exports. */
export const AUDIT_LOG = Symbol('AuditLog');

export type AuditActie = 'journaal-inzien' | 'plan-inzien';

/**
 * Every read of a traject's journal or plan leaves a row: who (subject, roles, organisation), when, which traject,
 * what was read. Never the text that was read. Written in the transaction `m` of the read, so what is answered is
 * logged.
 */
export interface AuditLog {
  schrijf(m: EntityManager, wie: Principal, actie: AuditActie, trajectId: string): Promise<void>;
}
