import { controleerOpen, type TrajectToestand } from './traject';

/** Who holds a traject: its organisation (which scopes it), the team that may stand in and the consulent. */
export interface Houder {
  organisatie: string;
  team: string | null;
  consulent: string | null;
}

/**
 * A new holder (a reassignment within the organisation, or a handover to another): only while the traject is
 * open, and a new version, so the event that announces it orders after every earlier change.
 */
export function wijsToe<T extends TrajectToestand & Houder>(t: T, naar: Houder): T {
  controleerOpen(t);
  return { ...t, organisatie: naar.organisatie, team: naar.team, consulent: naar.consulent, versie: t.versie + 1 };
}
