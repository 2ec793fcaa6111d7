import { plusDagen, type Stap } from '@wiz/contracts';
import { PLAATSING_NA_AFSLUITING_DAGEN, type Gebeurtenis } from './stap-vooruit';

/** A fact that was a step forward (isStapVooruit), kept so the counting moment can be found again in any order. */
export interface Feit {
  /** Unique per fact (e.g. `plaatsing:<id>`): the same fact delivered twice is one fact. */
  bron: string;
  soort: Gebeurtenis['soort'];
  /** The day of the fact itself (YYYY-MM-DD), not the day it was processed. */
  dag: string;
  /** Within a day: when it happened, for facts that have a time (steps, ladder); else the day's start. */
  op: string;
  stap: Stap;
  gemeentecode: string;
  /** Every traject of the person (the fact's own among them); none when none is known here yet. */
  trajecten: readonly TrajectPeriode[];
}

/** When a traject of the person ran. */
export interface TrajectPeriode {
  /** The day it started (the region's calendar), null when not known. */
  gestartOp: string | null;
  /** Its closing datum, null while it is open. */
  afgeslotenOp: string | null;
}

/**
 * Whether the fact happened inside an open traject of the person (domain.md: "from the first moment one of these
 * happens inside an open traject"), any of theirs: a placement booked on a second traject counts while the first was
 * open. Nothing counts from before a traject started: not a job the inwoner already had, nor a course completed or a
 * closing dated (as the consulent typed it) before then. After a closing nothing the traject records counts (an
 * activity completed later is outside it); placements and hours come from werkgevers with their own dates: a
 * placement counts up to 28 days after closing, more hours up to the closing day. A person of whom no traject is
 * known here yet is taken as inside (their facts wait for it otherwise).
 */
export function binnenTraject(f: Feit): boolean {
  return f.trajecten.length === 0 || f.trajecten.some((t) => binnen(f, t));
}

function binnen(f: Feit, t: TrajectPeriode): boolean {
  if (t.gestartOp !== null && f.dag < t.gestartOp) return false;
  if (t.afgeslotenOp === null) return true;
  if (f.soort === 'plaatsing') return f.dag <= plusDagen(t.afgeslotenOp, PLAATSING_NA_AFSLUITING_DAGEN);
  return f.dag <= t.afgeslotenOp;
}

// Same-day ties are broken by kind, then time, then source: a fixed order, so the order of arrival never matters.
const RANG: Record<Feit['soort'], number> = { stap: 0, ladder: 1, activiteit: 2, plaatsing: 3, uren: 4, afsluiting: 5 };
const sleutel = (f: Feit) => [f.dag, String(RANG[f.soort]), f.op, f.bron] as const;
function eerder(a: Feit, b: Feit): boolean {
  const [ka, kb] = [sleutel(a), sleutel(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i];
  return false;
}

/** The moment an inwoner counts: their earliest fact inside a traject, or null when none counts (any more). */
export function telmoment(feiten: readonly Feit[]): Feit | null {
  let vroegste: Feit | null = null;
  for (const f of feiten) if (binnenTraject(f) && (vroegste === null || eerder(f, vroegste))) vroegste = f;
  return vroegste;
}
