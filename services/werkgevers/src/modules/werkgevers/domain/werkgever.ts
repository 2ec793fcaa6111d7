export interface NieuweWerkgeverRij {
  id: string;
  kvkNummer: string;
  naam: string;
  gemeentecode: string;
  sbiCode: string | null;
  strategischPartner: boolean;
  organisatie: string;
}

export interface NieuweContactpersoonRij {
  id: string;
  werkgeverId: string;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
}

export interface NieuweVacatureRij {
  id: string;
  werkgeverId: string;
  titel: string;
  urenPerWeek: number;
  aantal: number;
  /** As matched: codes and normalised free skills. */
  skills: string[];
  /** As the client sent them. */
  skillsIngevoerd: string[];
  openHiring: boolean;
  cvLoos: boolean;
  geschiktVoorAfspraakbaan: boolean;
}
