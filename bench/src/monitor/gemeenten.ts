/**
 * The gemeenten the seeded trajecten live in, with a weight roughly by population: the fifteen of the JTF region
 * (the ten Groningse gemeenten, the four of Noord-Drenthe and Emmen; see intake's regio-gemeenten.ts) carry most,
 * and fifteen neighbouring gemeenten a little (No Wrong Door: whoever asks for help gets a route). 30 codes.
 */
export const GEMEENTEN: readonly { code: string; gewicht: number }[] = [
  { code: 'GM0014', gewicht: 260 }, // Groningen
  { code: 'GM0114', gewicht: 90 }, // Emmen
  { code: 'GM0106', gewicht: 60 }, // Assen
  { code: 'GM1952', gewicht: 60 }, // Midden-Groningen
  { code: 'GM1969', gewicht: 50 }, // Westerkwartier
  { code: 'GM1966', gewicht: 45 }, // Het Hogeland
  { code: 'GM1979', gewicht: 45 }, // Eemsdelta
  { code: 'GM1895', gewicht: 42 }, // Oldambt
  { code: 'GM0037', gewicht: 35 }, // Stadskanaal
  { code: 'GM0047', gewicht: 30 }, // Veendam
  { code: 'GM1950', gewicht: 28 }, // Westerwolde
  { code: 'GM1730', gewicht: 28 }, // Tynaarlo
  { code: 'GM1699', gewicht: 26 }, // Noordenveld
  { code: 'GM1680', gewicht: 22 }, // Aa en Hunze
  { code: 'GM0765', gewicht: 15 }, // Pekela
  { code: 'GM1731', gewicht: 12 }, // Midden-Drenthe
  { code: 'GM1681', gewicht: 12 }, // Borger-Odoorn
  { code: 'GM0109', gewicht: 10 }, // Coevorden
  { code: 'GM0118', gewicht: 10 }, // Hoogeveen
  { code: 'GM0119', gewicht: 8 }, // Meppel
  { code: 'GM1690', gewicht: 6 }, // De Wolden
  { code: 'GM1701', gewicht: 6 }, // Westerveld
  { code: 'GM0080', gewicht: 12 }, // Leeuwarden
  { code: 'GM0090', gewicht: 8 }, // Smallingerland
  { code: 'GM0086', gewicht: 6 }, // Opsterland
  { code: 'GM0059', gewicht: 5 }, // Achtkarspelen
  { code: 'GM0737', gewicht: 5 }, // Tytsjerksteradiel
  { code: 'GM0085', gewicht: 5 }, // Ooststellingwerf
  { code: 'GM0098', gewicht: 5 }, // Weststellingwerf
  { code: 'GM1970', gewicht: 4 }, // Noardeast-Fryslân
];

/** 1000 slots, each code repeated by its weight: `slots[floor(random * 1000)]` draws a gemeente by weight. */
export function gemeenteSlots(): string[] {
  const totaal = GEMEENTEN.reduce((n, g) => n + g.gewicht, 0);
  const slots: string[] = [];
  for (const g of GEMEENTEN) for (let i = 0; i < Math.round((g.gewicht / totaal) * 1000); i++) slots.push(g.code);
  while (slots.length < 1000) slots.push(GEMEENTEN[0].code);
  return slots.slice(0, 1000);
}
