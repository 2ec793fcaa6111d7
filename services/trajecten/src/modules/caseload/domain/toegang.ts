/** The caller as the rule needs them (a Principal fits): subject, roles, organisation and team claim. */
export interface Aanvrager {
  subject: string;
  roles: readonly string[];
  organisatie: string;
  team?: string;
}

/** Who holds a traject, as far as reading its journal and plan goes. */
export interface TrajectHouder {
  organisatie: string;
  team: string | null;
  consulent: string | null;
}

/**
 * Who may read and write a traject's journal and plan: beheer; otherwise only within the traject's organisation,
 * its consulent, a member or the teamleider of its team (the token's `team`), or who stands in for its consulent
 * today (`staatIn`). Everyone else is told nothing exists (404).
 */
export function magDossierIn(wie: Aanvrager, t: TrajectHouder, staatIn: boolean): boolean {
  if (wie.roles.includes('beheer')) return true;
  if (t.organisatie !== wie.organisatie) return false;
  if (t.consulent !== null && t.consulent === wie.subject) return true;
  if (t.team !== null && wie.team === t.team) return true;
  return staatIn;
}
