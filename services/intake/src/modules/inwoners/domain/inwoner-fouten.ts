import { DomainError } from '@wiz/contracts';

/** No inwoner with this id that the caller may see: another organisation's inwoner is answered as absent. */
export class InwonerOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(inwonerId: string) {
    super(`Inwoner ${inwonerId} not found.`);
  }
}

/** A consent purpose that does not exist is a resource that does not exist (it is part of the path). */
export class ToestemmingsdoelOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(doel: string) {
    super(`Unknown consent purpose ${doel}.`);
  }
}

/** The caller knows the inwoner only through aanmeldingen whose identity beheer has not confirmed. */
export class IdentiteitNietBevestigd extends DomainError {
  readonly kind = 'conflict';

  constructor() {
    super(
      'The identity in your aanmeldingen of this inwoner differs from the one held for the BSN and is being checked by beheer; consent can be recorded once it is confirmed.',
    );
  }
}

export class IdentiteitscontroleOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(id: string) {
    super(`Identiteitscontrole ${id} not found.`);
  }
}

/** A judgement is final: the same person stays confirmed, another person stays apart. */
export class IdentiteitscontroleAlBeoordeeld extends DomainError {
  readonly kind = 'conflict';

  constructor(id: string) {
    super(`Identiteitscontrole ${id} was judged already.`);
  }
}
