import { DomainError } from '@wiz/contracts';

/** No aanmelding with this id that the caller may see: another organisation's is answered as absent. */
export class AanmeldingOnbekend extends DomainError {
  readonly kind = 'not-found';

  constructor(id: string) {
    super(`Aanmelding ${id} not found.`);
  }
}
