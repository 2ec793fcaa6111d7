import type { Medewerker } from './medewerker';

export const TOEWIJZINGSREGELS = ['minst-belast', 'vast'] as const;
export type Regel = (typeof TOEWIJZINGSREGELS)[number];

/**
 * How an organisation assigns a new traject: `vast` to one consulent; `minst-belast` to the active medewerker
 * (of `team`, or of the whole organisation without one) who holds the fewest active trajecten.
 */
export interface Toewijzingsregel {
  organisatie: string;
  regel: Regel;
  team: string | null;
  consulent: string | null;
}

/** Who holds a traject: a consulent's subject and the team that may stand in (both null: nobody yet). */
export interface Toewijzing {
  team: string | null;
  consulent: string | null;
}

export const NIEMAND: Toewijzing = { team: null, consulent: null };

/** A candidate for `minst-belast` with the number of active trajecten they hold. */
export interface Kandidaat {
  medewerker: Medewerker;
  actieveTrajecten: number;
}

export function toewijzingAan(m: Medewerker): Toewijzing {
  return { team: m.team, consulent: m.subject };
}

/** The least loaded active candidate; ties go to the lowest subject, so the choice is repeatable. */
export function minstBelast(kandidaten: readonly Kandidaat[], team: string | null): Toewijzing {
  const actief = kandidaten.filter((k) => k.medewerker.actief);
  const [eerste] = [...actief].sort(
    (a, b) => a.actieveTrajecten - b.actieveTrajecten || a.medewerker.subject.localeCompare(b.medewerker.subject),
  );
  return eerste ? toewijzingAan(eerste.medewerker) : { team, consulent: null };
}
