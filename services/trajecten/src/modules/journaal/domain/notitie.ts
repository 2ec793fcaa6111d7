export const NOTITIE_SOORTEN = ['gesprek', 'afspraak', 'signaal'] as const;
export type NotitieSoort = (typeof NOTITIE_SOORTEN)[number];

/** One version of a journal note. Version 1 is what was written; each later one corrects the one before. */
export interface NotitieVersie {
  id: string;
  notitieId: string;
  versie: number;
  vorigeId: string | null;
  trajectId: string;
  soort: NotitieSoort;
  /** Exactly as typed: never trimmed or sanitised; the portaal renders it as text. */
  tekst: string;
  datum: string;
  /** About health or debts: only the author and the author's team (when written) see it. */
  gevoelig: boolean;
  auteur: string;
  /** The author's organisation and team when writing: a team name means something only within its organisation. */
  auteurOrganisatie: string;
  auteurTeam: string | null;
  /** The organisation that held the traject when the note was written: the note is part of its file. */
  houderOrganisatie: string;
  reden: string | null;
  geschrevenOp: Date;
}

/** The reader as these rules need them (a Principal fits). */
export interface Lezer {
  subject: string;
  organisatie: string;
  team?: string;
}

/**
 * A note is read within the file it belongs to: the organisation that held the traject when it was written (after a
 * handover the receiving organisation has the handover's note, not the earlier holder's journal; domain.md: another
 * organisation sees what it needs for its step). `ziet` says which organisations' files the reader may see (their
 * own; beheer every one). A sensitive note is for its author and their team only. Anyone else is not told it exists:
 * a listed "hidden note" would itself say that something about health or debts was written down.
 */
export function magNotitieZien(
  n: Pick<NotitieVersie, 'gevoelig' | 'auteur' | 'auteurOrganisatie' | 'auteurTeam' | 'houderOrganisatie'>,
  wie: Lezer,
  ziet: (organisatie: string) => boolean,
): boolean {
  if (!ziet(n.houderOrganisatie)) return false;
  if (!n.gevoelig || n.auteur === wie.subject) return true;
  // After a handover the new organisation may have a team of the same name: it is not the author's team.
  return n.auteurTeam !== null && wie.team === n.auteurTeam && wie.organisatie === n.auteurOrganisatie;
}

/** Only the author corrects a note: a correction speaks for whoever wrote the original. */
export function magCorrigeren(n: Pick<NotitieVersie, 'auteur'>, wie: Lezer): boolean {
  return n.auteur === wie.subject;
}

/** The correction of `vorige`: the next version, same kind, date and sensitivity, linked to it. */
export function correctie(vorige: NotitieVersie, v: { id: string; tekst: string; reden: string }): NotitieVersie {
  return {
    ...vorige,
    id: v.id,
    versie: vorige.versie + 1,
    vorigeId: vorige.id,
    tekst: v.tekst,
    reden: v.reden,
    geschrevenOp: new Date(),
  };
}
