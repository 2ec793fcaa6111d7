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
  /** The hours in force today, after any change of hours; urenPerWeek stays the hours at the start. */
  actueleUrenPerWeek?: number;
  contractvorm: string;
  afspraakbaan: boolean;
  einddatum: string | null;
  eindReden: string | null;
  sroiDoelgroep?: string | null;
  /** With an SROI obligation: confirmed by the team, derived from the intake, or unconfirmed (counts at the lowest). */
  sroiDoelgroepStatus?: SroiDoelgroepStatus | null;
}

export type SroiDoelgroepStatus = 'bevestigd' | 'afgeleid' | 'onbevestigd';

export interface SroiVerplichting {
  id: string;
  werkgeverId: string;
  werkgeverNaam: string;
  opdracht: string;
  opdrachtwaardeCenten: number;
  percentage: number;
  startdatum: string;
  einddatum: string;
  voortgang: {
    doelCenten: number;
    gerealiseerdCenten: number;
    percentageGerealiseerd: number;
    aantalPlaatsingen: number;
    doelgroepOnbevestigd?: { aantalPlaatsingen: number; gerealiseerdCenten: number };
  };
}

export interface Rapportage {
  van: string;
  tot: string;
  plaatsingen: number;
  sroiPlaatsingen: number;
  afspraakbanenCumulatief: number;
  afspraakbaanEenheden: number;
  /** The running total since basisdatum (the banenafspraak's count), with the target beside it. */
  afspraakbanen: {
    basisdatum: string;
    beginstand: number;
    beginstandEenheden: number;
    banen: number;
    eenheden: number;
    doel: number | null;
    doelEenheden: number | null;
  };
  /** The former figure: afspraakbaan placements still running on `tot`. */
  afspraakbanenLopend: { banen: number; eenheden: number };
}

export interface Lijst<T> {
  items: T[];
}

export interface Paginering<T> extends Lijst<T> {
  pagina: number;
  paginagrootte: number;
  totaal: number;
}
