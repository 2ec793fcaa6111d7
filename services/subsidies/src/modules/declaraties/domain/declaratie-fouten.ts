/**
 * Why a claim request is refused, as facts of the domain: each error carries the field it is about (if any) as a
 * property, so no one reads a field name out of a message. The HTTP layer chooses the status per `soort`.
 */
export abstract class DeclaratieFout extends Error {
  /** ongeldig: the request names something that cannot be; conflict: the claim's state forbids it; te-groot: no
   * amount can hold the outcome. */
  abstract readonly soort: 'ongeldig' | 'conflict' | 'te-groot';
  /** The request field the error is about, with what is wrong with it. */
  readonly veld?: { naam: string; melding: string };
}

export class OnbekendeRegeling extends DeclaratieFout {
  readonly soort = 'ongeldig';
  override readonly veld;
  constructor(code: string) {
    super('Unknown scheme.');
    this.veld = { naam: 'regelingCode', melding: `no regeling ${code}` };
  }
}

export class PeriodeBuitenRegeling extends DeclaratieFout {
  readonly soort = 'ongeldig';
  override readonly veld;
  constructor(regeling: { startdatum: string; einddatum: string }) {
    super('The claim period lies outside the scheme.');
    this.veld = {
      naam: 'periodeVan',
      melding: `the period has no overlap with ${regeling.startdatum}..${regeling.einddatum}`,
    };
  }
}

/** A total beyond the safe integer range of cents cannot be stated, so such a claim is refused before it exists. */
export class DeclaratieTeGroot extends DeclaratieFout {
  readonly soort = 'te-groot';
  override readonly veld = { naam: 'periodeTot', melding: 'the claim total would exceed the largest amount in cents' };
  constructor() {
    super('The cost lines of this period add up to more cents than an amount can hold; claim a shorter period.');
  }
}

export class AlleenConceptIndienen extends DeclaratieFout {
  readonly soort = 'conflict';
  constructor(status: string) {
    super(`Only a concept claim can be submitted; this one is ${status}. Corrections go in a new claim.`);
  }
}

export class RegelsEldersIngediend extends DeclaratieFout {
  readonly soort = 'conflict';
  constructor() {
    super('Some of its cost lines were submitted in another claim meanwhile. Compile a new claim.');
  }
}
