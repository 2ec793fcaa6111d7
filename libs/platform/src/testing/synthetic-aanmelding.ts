import { isValidBsn } from '@wiz/contracts';

/**
 * The n-th synthetic BSN (n ≥ 0): nine digits passing the elfproef, different for every n, all starting with 9
 * so they never collide with the BSNs hand-written into tests. Made up; no real person has them.
 */
export function syntheticBsn(n: number): string {
  // Two eight-digit prefixes per n: the check digit of one of them is below 10 whenever the other's is 10.
  for (const prefix of [90_000_000 + 2 * n, 90_000_000 + 2 * n + 1]) {
    const digits = [...String(prefix)].map(Number);
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    const bsn = `${prefix}${check}`;
    if (check < 10 && isValidBsn(bsn)) return bsn;
  }
  throw new Error(`no synthetic BSN for ${n}`);
}

const KANALEN = ['balie', 'telefoon', 'online', 'talentperron', 'evenement'];
const UITKERINGEN = ['participatiewet', 'ww', 'wia', 'wajong', 'anw', 'geen'];
// Werk in Zicht's gemeenten (Groningen and Noord-Drenthe); the city of Groningen weighs most.
const GEMEENTEN = [
  'GM0014',
  'GM0014',
  'GM0014',
  'GM1950',
  'GM1952',
  'GM1966',
  'GM1969',
  'GM1979',
  'GM0765',
  'GM0047',
  'GM0037',
  'GM1895',
  'GM0106',
  'GM1680',
  'GM1699',
  'GM1730',
];
const VOORNAMEN = [
  'Ĳsbrand',
  'Fenna',
  'Mohammed',
  'Anouk',
  'Jelle',
  'Saskia',
  'Yusuf',
  'Hilda',
  'Geert',
  'Fatma',
  'Roelof',
  'Aaltje',
  'Noah',
  'Emma',
  'Sem',
  'Zoë',
];
const ACHTERNAMEN = [
  "d'Hondt",
  'de Vries',
  'Jansen',
  'Bakker',
  'Mulder',
  'Smit',
  'Yılmaz',
  'van der Meer',
  'Dijkstra',
  'Kuipers',
  'Boersma',
  'Hoekstra',
  'Veenstra',
  'Postma',
  'Wierenga',
  'Huizinga',
  'Kramer',
  'Brouwer',
];
const HULPVRAGEN = [
  'Ik zoek werk in de zorg',
  'Ik wil een opleiding tot heftruckchauffeur',
  'Hulp bij solliciteren',
  'Ik wil weer aan het werk na ziekte',
  'Taalcursus en werk',
  'Ik wil mijn eigen bedrijf beginnen',
];
const LETTERS = 'ABCDEFGHJKLMNPRTVWXZ';
const DAY_MS = 86_400_000;
const EARLIEST_BIRTH = Date.UTC(1960, 0, 1);

/**
 * A valid aanmelding for person n as the front office sends it. Name, birth date, postcode, gemeente and situation
 * vary with n (so intake's likely-duplicate lookup finds as little as it would in practice, and the routes differ);
 * kanalen and situations rotate through the contract's values.
 */
export function syntheticAanmelding(n: number) {
  const mix = (k: number) => Math.imul(n + 1, k) >>> 0;
  return {
    kanaal: KANALEN[n % KANALEN.length],
    inwoner: {
      bsn: syntheticBsn(n),
      voornaam: VOORNAMEN[mix(40_503) % VOORNAMEN.length],
      achternaam: ACHTERNAMEN[mix(97_931) % ACHTERNAMEN.length],
      geboortedatum: new Date(EARLIEST_BIRTH + (mix(2_654_435_761) % 16_000) * DAY_MS).toISOString().slice(0, 10),
      postcode: `${9400 + (mix(48_271) % 600)}${LETTERS[mix(16_807) % LETTERS.length]}${LETTERS[n % LETTERS.length]}`,
      huisnummer: String(1 + (mix(69_069) % 250)),
      gemeentecode: GEMEENTEN[mix(22_695_477) % GEMEENTEN.length],
    },
    situatie: {
      uitkering: UITKERINGEN[mix(1_103_515_245) % UITKERINGEN.length],
      werkend: (n & 1) === 1,
      zzp: (n & 6) === 6,
      arbeidsbeperking: n % 7 === 0,
      statushouder: n % 11 === 0,
      startkwalificatie: n % 3 !== 0,
    },
    hulpvraag: HULPVRAGEN[n % HULPVRAGEN.length],
  };
}
