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

/** What an organisation's rule chooses from: its rule with the candidates, or the fixed consulent, as read. */
export type RegelMetKeuze =
  | { regel: 'minst-belast'; team: string | null; kandidaten: Kandidaat[] }
  | { regel: 'vast'; consulent: Medewerker | undefined };

/**
 * The choices of a batch of new trajecten (and of one alone), from each organisation's rule read once: a choice by
 * `minst-belast` counts the trajecten given out before it in the batch, as choosing them one transaction at a time
 * would. An organisation without a rule gives nobody.
 */
export class Toewijzingsronde {
  constructor(private readonly regels: ReadonlyMap<string, RegelMetKeuze>) {}

  kies(organisatie: string): Toewijzing {
    const r = this.regels.get(organisatie);
    if (!r) return NIEMAND;
    if (r.regel === 'minst-belast') return minstBelast(r.kandidaten, r.team);
    // The fixed consulent may have left since the rule was set: then nobody, rather than someone who cannot act.
    return r.consulent?.actief && r.consulent.organisatie === organisatie ? toewijzingAan(r.consulent) : NIEMAND;
  }

  /** A new active traject of `organisatie` went to `consulent`: the next choice counts it. */
  gegeven(organisatie: string, consulent: string | null): void {
    const r = this.regels.get(organisatie);
    const k = r?.regel === 'minst-belast' ? r.kandidaten.find((c) => c.medewerker.subject === consulent) : undefined;
    if (k) k.actieveTrajecten += 1;
  }
}
