import { DomainError } from '@wiz/contracts';

/** The caller knows the inwoner only through aanmeldingen whose identity beheer has not confirmed yet. */
export class CorrectieNietBevestigd extends DomainError {
  readonly kind = 'conflict';

  constructor() {
    super(
      'The identity in your aanmeldingen of this inwoner is being checked by beheer; the person can be changed once it is confirmed.',
    );
  }
}

/** A merged-away record changes no more: its data lives on in the record it was merged into. */
export class InwonerSamengevoegd extends DomainError {
  readonly kind = 'conflict';

  constructor(inwonerId: string, behoudenId: string) {
    super(`Inwoner ${inwonerId} was merged into inwoner ${behoudenId}; change that one.`);
  }
}
