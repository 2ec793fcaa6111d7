import { addIsoDuration, DomainError, kalenderdag, parseIsoDuration } from '@wiz/contracts';
import type { OpvolgingSoort, OpvolgingStatus } from './opvolging';

/** Half a year after its start a placement is duurzaam when the person is still at work for at least 24 hours a week. */
export const DUURZAAM_MINIMUM_UREN = 24;

export function isDuurzaam(inDienst: boolean, urenPerWeek: number): boolean {
  return inDienst && urenPerWeek >= DUURZAAM_MINIMUM_UREN;
}

/**
 * When the duurzaamheidscheck is due: DUURZAAMHEIDSCHECK_NA after the placement's start. The start is its start
 * date, or the moment it was recorded when that is later (a placement starting today, recorded at 14:00, is
 * checked six months from 14:00, and a test with PT5S waits five seconds). A start long past gives a moment in
 * the past: the check is due at once.
 */
export function vervaldatumDuurzaamheidscheck(startdatum: string, vastgelegdOp: Date, na: string): Date {
  const startdag = new Date(`${startdatum}T00:00:00.000Z`);
  // Recorded on its start day as the region counts days: from that moment, not from midnight.
  const basis = kalenderdag(vastgelegdOp) === startdatum ? vastgelegdOp : startdag;
  return addIsoDuration(basis, parseIsoDuration(na));
}

/** A follow-up whose outcome cannot be recorded (now): a conflict with its kind or state, 409. */
export class UitkomstNietMogelijk extends DomainError {
  readonly kind = 'conflict';

  constructor(message: string) {
    super(message);
  }
}

/** Only a duurzaamheidscheck has an outcome, and only once it is due and not yet recorded. */
export function eisUitkomstTeRegistreren(o: { soort: OpvolgingSoort; status: OpvolgingStatus }): void {
  if (o.soort !== 'duurzaamheidscheck')
    throw new UitkomstNietMogelijk('Only a duurzaamheidscheck has an outcome to record.');
  if (o.status === 'gepland') throw new UitkomstNietMogelijk('This duurzaamheidscheck is not due yet.');
  if (o.status !== 'open')
    throw new UitkomstNietMogelijk('The outcome of this duurzaamheidscheck has been recorded already.');
}
