import { DomainError, type DomainErrorField, type DomainErrorKind } from '@wiz/contracts';

/**
 * A change a placement refuses: a conflict with the placement's state (409), or an invalid value of one request
 * field (400 naming the field, carried as data, not read back from a message).
 */
export class PlaatsingFout extends DomainError {
  private constructor(
    readonly kind: Extract<DomainErrorKind, 'conflict' | 'invalid'>,
    detail: string,
    field?: DomainErrorField,
  ) {
    super(detail, field);
  }

  static conflict(detail: string): PlaatsingFout {
    return new PlaatsingFout('conflict', detail);
  }

  static ongeldig(detail: string, field: string, message: string): PlaatsingFout {
    return new PlaatsingFout('invalid', detail, { name: field, message });
  }
}
