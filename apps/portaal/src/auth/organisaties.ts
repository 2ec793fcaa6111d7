/** The organisations the portaal knows: the login's choice, and where a traject can be handed over to. */
export const ORGANISATIES = [
  { waarde: 'GM0014', tekst: 'Gemeente Groningen (GM0014)' },
  { waarde: 'GM0037', tekst: 'Gemeente Stadskanaal (GM0037)' },
  { waarde: 'GM1952', tekst: 'Gemeente Midden-Groningen (GM1952)' },
  { waarde: 'UWV', tekst: 'UWV' },
  { waarde: 'talentperron', tekst: 'Talentperron' },
  { waarde: 'leerwerkloket', tekst: 'Leerwerkloket' },
  { waarde: 'werkgeversservicepunt', tekst: 'Werkgeversservicepunt' },
  { waarde: 'wiz', tekst: 'Werk in Zicht (regio)' },
] as const;

/** An organisation's name as the portaal shows it; an unknown code as it is. */
export const organisatieTekst = (code: string) => ORGANISATIES.find((o) => o.waarde === code)?.tekst ?? code;
