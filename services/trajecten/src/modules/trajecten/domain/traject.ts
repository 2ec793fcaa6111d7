import { DomainError, type AfsluitReden, type DomainErrorKind, type Stap } from '@wiz/contracts';

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

/**
 * A rule of the traject was broken: `afgesloten` (a closed traject or a completed activity) is a conflict, 409;
 * `ongeldig` is bad input, 400 naming the field (`(body)` when no single field is to blame).
 */
export class TrajectRegelFout extends DomainError {
  readonly kind: DomainErrorKind;

  constructor(
    readonly soort: 'afgesloten' | 'ongeldig',
    message: string,
    field?: { name: string; message: string },
  ) {
    super(message, field);
    this.kind = soort === 'afgesloten' ? 'conflict' : 'invalid';
  }

  static afgesloten(message: string): TrajectRegelFout {
    return new TrajectRegelFout('afgesloten', message);
  }

  static ongeldig(field: string, message: string): TrajectRegelFout {
    return new TrajectRegelFout('ongeldig', 'The request is not possible for this traject.', { name: field, message });
  }
}

/** A new traject starts, open, in the step the intake route chose. */
export function startTraject(stap: Stap, gestartOp: string): TrajectToestand {
  return { status: 'actief', huidigeStap: stap, stappen: [{ stap, van: gestartOp, tot: null }], versie: 1 };
}

export function controleerOpen(t: TrajectToestand): void {
  if (t.status === 'afgesloten') throw TrajectRegelFout.afgesloten('This traject is closed; it takes no more changes.');
}

/** Any step may follow any other (forward, back, skipping); staying put is not a step. */
export function zetStap(t: TrajectToestand, naar: Stap, op: string): TrajectToestand {
  controleerOpen(t);
  if (naar === t.huidigeStap) throw TrajectRegelFout.ongeldig('(body)', `The traject is already in step ${naar}.`);
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
