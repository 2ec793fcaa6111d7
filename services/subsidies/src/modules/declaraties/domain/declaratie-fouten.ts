import { DomainError } from '@wiz/contracts';

/**
 * Why a claim request is refused, as facts of the domain: each error carries its kind and the field it is about (if
 * any) as data, so no one reads a field name out of a message; the platform's problem filter answers them.
 */
export abstract class DeclaratieFout extends DomainError {}

export class OnbekendeRegeling extends DeclaratieFout {
  readonly kind = 'invalid';
  constructor(code: string) {
    super('Unknown scheme.', { name: 'regelingCode', message: `no regeling ${code}` });
  }
}

export class PeriodeBuitenRegeling extends DeclaratieFout {
  readonly kind = 'invalid';
  constructor(regeling: { startdatum: string; einddatum: string }) {
    super('The claim period lies outside the scheme.', {
      name: 'periodeVan',
      message: `the period has no overlap with ${regeling.startdatum}..${regeling.einddatum}`,
    });
  }
}

/** A total beyond the safe integer range of cents cannot be stated, so such a claim is refused before it exists. */
export class DeclaratieTeGroot extends DeclaratieFout {
  readonly kind = 'unprocessable';
  constructor() {
    super('The cost lines of this period add up to more cents than an amount can hold; claim a shorter period.', {
      name: 'periodeTot',
      message: 'the claim total would exceed the largest amount in cents',
    });
  }
}

export class AlleenConceptIndienen extends DeclaratieFout {
  readonly kind = 'conflict';
  constructor(status: string) {
    super(`Only a concept claim can be submitted; this one is ${status}. Corrections go in a new claim.`);
  }
}

export class RegelsEldersIngediend extends DeclaratieFout {
  readonly kind = 'conflict';
  constructor() {
    super(
      'Some of its cost lines, or their supporting documents, were submitted in another claim meanwhile. Compile a new claim.',
    );
  }
}
