import { isLatereStap, type ActiviteitResultaat, type AfsluitReden, type Stap } from '@wiz/contracts';

/** Version of the counting definition below; figures name it, and a published report keeps the one it used. */
export const TELDEFINITIE_VERSIE = 2;

/** A placement that starts this many days after its traject closed still counts (domain.md, "Rules pinned down later"). */
export const PLAATSING_NA_AFSLUITING_DAGEN = 28;

/**
 * THE definition of "een stap vooruit" (domain.md; README "The 20.000 monitor"), version 2. An inwoner counts once
 * toward the 20,000, at the earliest of these facts, inside an open traject:
 * - a move to a later step;
 * - an activity completed with result `behaald` (on the activity's datum);
 * - a placement in work (on its startdatum; also when it starts within 28 days after the traject closed);
 * - more contract hours for someone already working (on the ingangsdatum);
 * - a rise on the participatieladder;
 * - the traject closed with reason `werk` or `scholing` (on the closing datum).
 * Version 1 had only the first four without hours, counted on the day the event was processed, and only while open.
 */
export type Gebeurtenis =
  | { soort: 'stap'; van: Stap; naar: Stap }
  | { soort: 'activiteit'; resultaat: ActiviteitResultaat }
  | { soort: 'plaatsing' }
  | { soort: 'uren'; van: number; naar: number }
  | { soort: 'ladder'; van: number | null; naar: number }
  | { soort: 'afsluiting'; reden: AfsluitReden };

export function isStapVooruit(g: Gebeurtenis): boolean {
  switch (g.soort) {
    case 'stap':
      return isLatereStap(g.van, g.naar);
    case 'activiteit':
      return g.resultaat === 'behaald';
    case 'plaatsing':
      return true;
    case 'uren':
      return g.naar > g.van;
    case 'ladder':
      return g.van !== null && g.naar > g.van;
    case 'afsluiting':
      return g.reden === 'werk' || g.reden === 'scholing';
  }
}

/**
 * The step credited with the progress: the step whose service brought it about. For a move that is the step the
 * person leaves; for everything else the step they are in.
 */
export function toegerekendeStap(g: Gebeurtenis, huidigeStap: Stap): Stap {
  return g.soort === 'stap' ? g.van : huidigeStap;
}
