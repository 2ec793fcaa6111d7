import type { EntityManager } from 'typeorm';

/** Injection token of the service's Caseloads, where it knows them (trajecten); others weigh a fixed maximum. */
export const AUDIT_CASELOADS = Symbol('AuditCaseloads');

/** Injection token of the unusual-reading thresholds (loadAuditDrempels). */
export const AUDIT_DREMPELS = Symbol('AuditDrempels');

/** How many inwoners each user holds in their caseload today. */
export interface Caseloads {
  grootte(m: EntityManager, gebruikers: readonly string[]): Promise<Map<string, number>>;
}
