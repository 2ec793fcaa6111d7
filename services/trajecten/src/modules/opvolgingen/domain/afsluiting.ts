import { DomainError, type DomainErrorKind } from '@wiz/contracts';
import type { OpvolgingSoort, OpvolgingStatus } from './opvolging';

/** The follow-ups a consulent closes with an outcome in words; a duurzaamheidscheck has its own outcome. */
export const AFSLUITBARE_SOORTEN = ['contactmoment', 'stilstand'] as const;

/** A closing the rules refuse: another kind or one already done (409), a next moment in the past (400). */
export class AfsluitingNietMogelijk extends DomainError {
  readonly kind: DomainErrorKind;

  private constructor(kind: DomainErrorKind, message: string, field?: { name: string; message: string }) {
    super(message, field);
    this.kind = kind;
  }

  static conflict(message: string): AfsluitingNietMogelijk {
    return new AfsluitingNietMogelijk('conflict', message);
  }

  static ongeldig(field: string, message: string): AfsluitingNietMogelijk {
    return new AfsluitingNietMogelijk('invalid', 'The follow-up cannot be closed like this.', { name: field, message });
  }
}

/**
 * A contact moment or stalled reminder is closed once, due or not yet (a consulent may meet someone early); a
 * lapsed one (its traject closed) has nothing left to close.
 */
export function eisAfTeSluiten(o: { soort: OpvolgingSoort; status: OpvolgingStatus }): void {
  if (!(AFSLUITBARE_SOORTEN as readonly string[]).includes(o.soort))
    throw AfsluitingNietMogelijk.conflict('A duurzaamheidscheck records its outcome at /uitkomst.');
  if (o.status !== 'gepland' && o.status !== 'open')
    throw AfsluitingNietMogelijk.conflict(`This follow-up is ${o.status} already.`);
}

/** The next follow-up is planned ahead. */
export function eisToekomstig(vervaldatum: Date, nu: Date): void {
  if (vervaldatum <= nu) throw AfsluitingNietMogelijk.ongeldig('volgende.vervaldatum', 'Plan the next one ahead.');
}

/** Not done and past its due date: flagged in lists, and first in the caseload. */
export function isVerlopen(status: OpvolgingStatus, vervaldatum: Date, nu: Date): boolean {
  return (status === 'gepland' || status === 'open') && vervaldatum < nu;
}
