import type { Stap } from '@wiz/contracts';

export type TrajectStatus = 'actief' | 'afgesloten';

export interface StapPeriode {
  stap: Stap;
  van: string;
  tot: string | null;
}

/** A new traject starts, open, in the step the intake route chose. */
export function startTraject(input: { id: string; stap: Stap; gestartOp: string }): { status: TrajectStatus; huidigeStap: Stap; stappen: StapPeriode[]; versie: number } {
  return { status: 'actief', huidigeStap: input.stap, stappen: [{ stap: input.stap, van: input.gestartOp, tot: null }], versie: 1 };
}
