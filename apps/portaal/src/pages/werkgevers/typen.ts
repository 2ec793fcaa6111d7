/** What the werkgevers service answers, as these screens read it. */
export interface Keuze {
  waarde: string;
  tekst: string;
}

export interface Werkgever {
  id: string;
  kvkNummer: string;
  naam: string;
  gemeentecode: string;
  sbiCode: string | null;
  strategischPartner: boolean;
}

export interface Vacature {
  id: string;
  titel: string;
  urenPerWeek: number;
  aantal: number;
  skills: string[];
  openHiring: boolean;
  cvLoos: boolean;
  geschiktVoorAfspraakbaan: boolean;
}

export interface Contactpersoon {
  id: string;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
}

export interface WerkgeverDetail extends Werkgever {
  contactpersonen: Contactpersoon[];
  vacatures: Vacature[];
}

export interface VacatureMetWerkgever extends Vacature {
  werkgeverId: string;
  werkgeverNaam: string;
}

/** A candidate: always a pseudonymous code and the overlap; the profile only with consent and release. */
export interface Kandidaat {
  kandidaatcode: string;
  score: number;
  overlap: string[];
  dekking: number;
  profiel?: { trajectId: string; skills: string[] };
}

export interface Plaatsing {
  id: string;
  werkgeverId: string;
  werkgeverNaam: string;
  vacatureTitel: string | null;
  sroiVerplichtingId: string | null;
  startdatum: string;
  urenPerWeek: number;
  contractvorm: string;
  afspraakbaan: boolean;
  einddatum: string | null;
  eindReden: string | null;
}

export interface SroiVerplichting {
  id: string;
  werkgeverId: string;
  werkgeverNaam: string;
  opdracht: string;
  opdrachtwaardeCenten: number;
  percentage: number;
  startdatum: string;
  einddatum: string;
  voortgang: { doelCenten: number; gerealiseerdCenten: number; percentageGerealiseerd: number; aantalPlaatsingen: number };
}

export interface Rapportage {
  van: string;
  tot: string;
  plaatsingen: number;
  sroiPlaatsingen: number;
  afspraakbanenCumulatief: number;
  afspraakbaanEenheden: number;
}

export interface Lijst<T> {
  items: T[];
}

export interface Paginering<T> extends Lijst<T> {
  pagina: number;
  paginagrootte: number;
  totaal: number;
}
