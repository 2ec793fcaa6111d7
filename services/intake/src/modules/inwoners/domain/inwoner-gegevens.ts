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
