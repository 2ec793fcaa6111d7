/** An employer row as the werkgevers table holds it. */
export interface WerkgeverRij {
  id: string;
  kvk_nummer: string;
  naam: string;
  gemeentecode: string;
  sbi_code: string | null;
  strategisch_partner: boolean;
}

/** An employer row as the API shows it. */
export function werkgeverView(w: WerkgeverRij) {
  return {
    id: w.id,
    kvkNummer: w.kvk_nummer,
    naam: w.naam,
    gemeentecode: w.gemeentecode,
    sbiCode: w.sbi_code,
    strategischPartner: w.strategisch_partner,
  };
}
