import { DomainError, type DomainErrorKind } from '@wiz/contracts';

/**
 * A caseload request the rules refuse: `ongeldig` names the field at fault (400), `onbekend` is a record the caller
 * may not see or that does not exist (404).
 */
export class CaseloadFout extends DomainError {
  readonly kind: DomainErrorKind;

  private constructor(kind: DomainErrorKind, message: string, field?: { name: string; message: string }) {
    super(message, field);
    this.kind = kind;
  }

  static ongeldig(field: string, message: string): CaseloadFout {
    return new CaseloadFout('invalid', 'The request is not possible.', { name: field, message });
  }

  static onbekend(message: string): CaseloadFout {
    return new CaseloadFout('not-found', message);
  }
}
