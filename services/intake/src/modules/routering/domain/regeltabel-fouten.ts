import { DomainError } from '@wiz/contracts';

/** Two versions of the routing table were stored at the same moment: the later one is refused, not renumbered. */
export class VersieConflict extends DomainError {
  readonly kind = 'conflict';

  constructor() {
    super('Another version was stored at the same moment; read the table again and retry.');
  }
}

/** No routing table was ever stored under this version number. */
export class RegeltabelVersieOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(versie: number) {
    super(`No routing table version ${versie}.`);
  }
}
