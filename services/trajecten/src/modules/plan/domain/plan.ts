import { DomainError, type DomainErrorKind } from '@wiz/contracts';

export const PLAN_STATUSSEN = ['open', 'bezig', 'behaald', 'vervallen'] as const;
export type PlanStatus = (typeof PLAN_STATUSSEN)[number];

export interface Actie {
  id: string;
  omschrijving: string;
  /** 'inwoner', 'consulent' or the name of whoever else does it (an employer, a debt counsellor). */
  eigenaar: string;
  streefdatum: string;
  status: PlanStatus;
}

export interface Doel {
  id: string;
  omschrijving: string;
  streefdatum: string | null;
  status: PlanStatus;
  acties: Actie[];
}

/** Recorded as agreed with the inwoner: who agreed (by name) and on which day; who recorded it and when. */
export interface Akkoord {
  door: string;
  op: string;
  vastgelegdDoor: string;
  vastgelegdOp: Date;
}

/** Progress as the worklist shows it: goals behaald out of all goals of the plan. */
export function voortgang(doelen: readonly Pick<Doel, 'status'>[]): { behaald: number; totaal: number } {
  return { behaald: doelen.filter((d) => d.status === 'behaald').length, totaal: doelen.length };
}

/** A plan request the rules refuse: a goal or action that is not there (404), a closed traject (409). */
export class PlanFout extends DomainError {
  private constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
  }

  static onbekend(wat: string): PlanFout {
    return new PlanFout('not-found', `${wat} not found.`);
  }

  /** A closed traject's plan is history: it is read, not changed. */
  static gesloten(): PlanFout {
    return new PlanFout('conflict', 'This traject is closed; its plan takes no more changes.');
  }
}

export function eisOpenTraject(t: { gesloten: boolean }): void {
  if (t.gesloten) throw PlanFout.gesloten();
}
