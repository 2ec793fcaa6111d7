import { isLatereStap, type ActiviteitResultaat, type Stap } from '@wiz/contracts';

/** Version of the counting definition below; figures name it, and a published report keeps the one it used. */
export const TELDEFINITIE_VERSIE = 2;

/**
 * THE definition of "een stap vooruit" (domain.md; README "The 20.000 monitor"). An inwoner counts once toward
 * the 20,000, from the first moment one of these happens inside an open traject:
 * - a move to a later step;
 * - an activity completed with result `behaald`;
 * - a placement in work (plaatsing);
 * - a rise on the participatieladder.
 */
export type Gebeurtenis =
  | { soort: 'stap'; van: Stap; naar: Stap }
  | { soort: 'activiteit'; resultaat: ActiviteitResultaat }
  | { soort: 'plaatsing' }
  | { soort: 'ladder'; van: number | null; naar: number };

export function isStapVooruit(g: Gebeurtenis): boolean {
  switch (g.soort) {
    case 'stap':
      return isLatereStap(g.van, g.naar);
    case 'activiteit':
      return g.resultaat === 'behaald';
    case 'plaatsing':
      return true;
    case 'ladder':
      return g.van !== null && g.naar > g.van;
  }
}

/**
 * The step credited with the progress: the step whose service brought it about. For a move that is the step the
 * person leaves; for everything else the step they are in.
 */
export function toegerekendeStap(g: Gebeurtenis, huidigeStap: Stap): Stap {
  return g.soort === 'stap' ? g.van : huidigeStap;
}
