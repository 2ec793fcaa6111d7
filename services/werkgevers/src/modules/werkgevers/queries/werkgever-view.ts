/** An employer row as the API shows it. */
export function werkgeverView(w: Record<string, unknown>) {
  return {
    id: w.id,
    kvkNummer: w.kvk_nummer,
    naam: w.naam,
    gemeentecode: w.gemeentecode,
    sbiCode: w.sbi_code,
    strategischPartner: w.strategisch_partner,
  };
}
