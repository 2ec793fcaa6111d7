/** What front office records about a person at intake. Personal data: it never leaves the intake service. */
export interface InwonerGegevens {
  bsn?: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: string;
  gemeentecode: string;
  email?: string;
  telefoon?: string;
  geslacht?: string;
}

type Gegeven<T> = undefined extends T ? Exclude<T, undefined> | null : T;

/** The person data an aanmelding captured, as stored and shown: what was not given is null. The BSN is kept apart. */
export type Persoonsgegevens = { [K in Exclude<keyof InwonerGegevens, 'bsn'>]-?: Gegeven<InwonerGegevens[K]> };
