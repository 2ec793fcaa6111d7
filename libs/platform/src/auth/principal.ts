export const ROLES = ['frontoffice', 'consulent', 'werkgeversteam', 'financien', 'monitor', 'beheer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling: from a verified token only. `organisatie` is a gemeentecode (GM0014) or UWV / a regional service. */
export interface Principal {
  subject: string;
  roles: Role[];
  organisatie: string;
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Organisation scoping, the one rule: beheer sees everything; others see records of their own organisation
 * and records explicitly shared with it (for example an aanmelding routed to it).
 */
export function maySee(principal: Principal, owners: readonly (string | null | undefined)[]): boolean {
  if (principal.roles.includes('beheer')) return true;
  return owners.some((o) => o != null && o === principal.organisatie);
}
