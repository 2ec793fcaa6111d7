import type { EntityManager } from 'typeorm';
import type { Principal } from '@wiz/platform';

/** Injection token of the `AuditTrail` that AuditModule exports. */
export const AUDIT_TRAIL = Symbol('AuditTrail');

export type AuditActie =
  'skill-toevoegen' | 'synoniem-toevoegen' | 'sroi-doelgroep-bevestigen' | 'vacature-status-wijzigen';

/** Leaves who did what on which record, in the transaction `m` of the change itself. */
export interface AuditTrail {
  schrijf(m: EntityManager, wie: Principal, actie: AuditActie, onderwerp: string, details: object): Promise<void>;
}
