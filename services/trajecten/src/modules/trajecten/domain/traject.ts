import type { AfsluitReden, Stap } from '@wiz/contracts';

export type TrajectStatus = 'actief' | 'afgesloten';

export interface StapPeriode {
  stap: Stap;
  van: string;
  tot: string | null;
}

export interface TrajectToestand {
  status: TrajectStatus;
  huidigeStap: Stap;
  stappen: StapPeriode[];
  versie: number;
}

/** A rule of the traject was broken; `soort` tells the caller whether it is a conflict or bad input. */
export class TrajectRegelFout extends Error {
  constructor(
    readonly soort: 'afgesloten' | 'ongeldig',
    message: string,
  ) {
    super(message);
  }
}

/** A new traject starts, open, in the step the intake route chose. */
export function startTraject(stap: Stap, gestartOp: string): TrajectToestand {
  return { status: 'actief', huidigeStap: stap, stappen: [{ stap, van: gestartOp, tot: null }], versie: 1 };
}

export function controleerOpen(t: TrajectToestand): void {
  if (t.status === 'afgesloten')
    throw new TrajectRegelFout('afgesloten', 'This traject is closed; it takes no more changes.');
}

/** Any step may follow any other (forward, back, skipping); staying put is not a step. */
export function zetStap(t: TrajectToestand, naar: Stap, op: string): TrajectToestand {
  controleerOpen(t);
  if (naar === t.huidigeStap) throw new TrajectRegelFout('ongeldig', `The traject is already in step ${naar}.`);
  const stappen = t.stappen.map((p) => (p.tot === null ? { ...p, tot: op } : p));
  return { ...t, huidigeStap: naar, stappen: [...stappen, { stap: naar, van: op, tot: null }], versie: t.versie + 1 };
}

export function sluitAf(t: TrajectToestand, _reden: AfsluitReden, op: string): TrajectToestand {
  controleerOpen(t);
  return {
    ...t,
    status: 'afgesloten',
    stappen: t.stappen.map((p) => (p.tot === null ? { ...p, tot: op } : p)),
    versie: t.versie + 1,
  };
}

/** Every other change (an activity, a ladder rung) also bumps the version, so ETags see it. */
export function wijzig(t: TrajectToestand): TrajectToestand {
  controleerOpen(t);
  return { ...t, versie: t.versie + 1 };
}
