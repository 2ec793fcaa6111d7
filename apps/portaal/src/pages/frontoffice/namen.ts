import type { Kanaal, Stap, ToestemmingDoel, Uitkering } from '@wiz/contracts/browser';

/** Dutch words for the values the intake API uses, for lists and for showing a route. */
export const KANAAL_NAMEN: Record<Kanaal, string> = {
  balie: 'Aan de balie',
  telefoon: 'Telefonisch',
  online: 'Online',
  talentperron: 'Op het Talentperron',
  evenement: 'Op een evenement',
};

export const UITKERING_NAMEN: Record<Uitkering, string> = {
  participatiewet: 'Bijstand (Participatiewet)',
  ww: 'WW',
  wia: 'WIA',
  wajong: 'Wajong',
  anw: 'Anw',
  geen: 'Geen uitkering',
};

export const STAP_NAMEN: Record<Stap, string> = {
  orienteren: 'Oriënteren',
  begeleiden: 'Begeleiden',
  ontwikkelen: 'Ontwikkelen',
  scholen: 'Scholen',
  matchen: 'Matchen',
};

export const PARTICIPATIELADDER_NAMEN = [
  '1 · Geïsoleerd',
  '2 · Sociale contacten buiten de deur',
  '3 · Deelname aan georganiseerde activiteiten',
  '4 · Onbetaald werk',
  '5 · Betaald werk met ondersteuning',
  '6 · Betaald werk',
];

export const TOESTEMMING_NAMEN: Record<ToestemmingDoel, { naam: string; uitleg: string }> = {
  'profiel-delen-met-werkgevers': {
    naam: 'Profiel delen met werkgevers',
    uitleg: 'Werkgevers in de regio mogen het profiel van de inwoner zien, zodat zij passend werk kunnen aanbieden.',
  },
  'profiel-delen-met-school': {
    naam: 'Profiel delen met school of leerwerkloket',
    uitleg: 'Een school of het leerwerkloket mag het profiel van de inwoner zien, voor een passende opleiding.',
  },
  'profiel-delen-met-vacature': {
    naam: 'Profiel delen voor één vacature',
    uitleg: 'Alleen de werkgever van één gekozen vacature mag het profiel van de inwoner zien.',
  },
};

const REGIONALE_NAMEN: Record<string, string> = {
  UWV: 'UWV',
  talentperron: 'Talentperron',
  leerwerkloket: 'Leerwerkloket',
  werkgeversservicepunt: 'Werkgeversservicepunt',
  wiz: 'Werk in Zicht',
};

/** A gemeente shows as "Gemeente (GM0014)", a regional organisation by its name. */
export const organisatieNaam = (organisatie: string) => REGIONALE_NAMEN[organisatie] ?? `Gemeente (${organisatie})`;

/** The Dutch word for a value a service sends as a plain string; an unknown value shows as it is. */
export const naamUit = <K extends string>(namen: Record<K, string>, waarde: string) =>
  (namen as Record<string, string>)[waarde] ?? waarde;

/** ISCED 2011 levels as front office knows them from Dutch schools; intake takes the level number. */
export const OPLEIDINGSNIVEAU_NAMEN: readonly string[] = [
  '0 · Geen onderwijs afgerond',
  '1 · Basisonderwijs',
  '2 · Vmbo, mbo 1 (entree), onderbouw havo/vwo',
  '3 · Havo, vwo, mbo 2 of 3',
  '4 · Mbo 4',
  '5 · Associate degree',
  '6 · Hbo- of wo-bachelor',
  '7 · Master',
  '8 · Doctor (promotie)',
];

export const GESLACHT_NAMEN: Record<string, string> = {
  man: 'Man',
  vrouw: 'Vrouw',
  anders: 'Anders',
  onbekend: 'Wil het niet zeggen',
};
