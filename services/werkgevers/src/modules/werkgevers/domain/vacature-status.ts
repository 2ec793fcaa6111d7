import { DomainError, type DomainErrorKind } from '@wiz/contracts';

export const VACATURE_STATUSSEN = ['open', 'vervuld', 'ingetrokken'] as const;
export type VacatureStatus = (typeof VACATURE_STATUSSEN)[number];

/** A change a vacancy refuses because of its status: always a conflict (409). */
export class VacatureFout extends DomainError {
  readonly kind: Extract<DomainErrorKind, 'conflict'> = 'conflict';

  constructor(detail: string) {
    super(detail);
  }
}

/** Why the status cannot become `nieuw`, or null: every status may follow every other, but not itself. */
export function statusWijzigingsFout(huidig: VacatureStatus, nieuw: VacatureStatus): VacatureFout | null {
  return huidig === nieuw ? new VacatureFout(`The vacancy is ${nieuw} already.`) : null;
}

/** Why nobody can be placed on the vacancy, or null: a withdrawn vacancy takes no placements. */
export function plaatsingOpVacatureFout(status: VacatureStatus): VacatureFout | null {
  return status === 'ingetrokken' ? new VacatureFout('The vacancy has been withdrawn: it takes no placements.') : null;
}

/**
 * The status after a placement on the vacancy: an open vacancy whose running placements reach its places is
 * vervuld. Only upwards and only automatically from open: ending a placement does not reopen it (the team decides
 * whether the place is offered again), and a withdrawn vacancy stays withdrawn.
 */
export function statusNaPlaatsing(v: { status: VacatureStatus; aantal: number; vervuld: number }): VacatureStatus {
  return v.status === 'open' && v.vervuld >= v.aantal ? 'vervuld' : v.status;
}
