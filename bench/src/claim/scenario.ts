/**
 * The claim benchmark's data set, in one place so the seed, the expected answer and the section agree:
 * a JTF regeling over 2025 for the Werk in Zicht gemeenten, an NPG regeling beside it (for double funding), and a
 * claim over 2024-10-01..2025-12-31, so the lines of the last quarter of 2024 are candidates outside the regeling.
 */
export const REGIO = [
  'GM0014',
  'GM0037',
  'GM0047',
  'GM0765',
  'GM1950',
  'GM1952',
  'GM1966',
  'GM1969',
  'GM1979',
  'GM0106',
  'GM1680',
  'GM1730',
];
/** Participants who moved in from elsewhere: their lines are buiten-regio. */
export const BUITEN_REGIO = ['GM0363', 'GM0344', 'GM0518'];

export const JTF = {
  code: 'JTF',
  naam: 'Just Transition Fund — Werk in Zicht 2025',
  startdatum: '2025-01-01',
  einddatum: '2025-12-31',
  gemeentecodes: REGIO,
  cofinancieringspercentage: 62.5,
  flatRatePercentage: 40,
};

export const NPG = {
  code: 'NPG',
  naam: 'Nationaal Programma Groningen 2025',
  startdatum: '2025-01-01',
  einddatum: '2025-12-31',
  gemeentecodes: ['GM0014', 'GM1952', 'GM1966'],
  cofinancieringspercentage: 50,
};

/** The organisation whose finance makes the claim: the seeded cost lines and claims are its own (a claim takes only those). */
export const ORGANISATIE = 'WIZ';

export const CLAIM = { regelingCode: 'JTF', periodeVan: '2024-10-01', periodeTot: '2025-12-31' };

export interface Omvang {
  /** Candidate cost lines of the claim (JTF, dated inside the claim period). */
  lines: number;
  deelnemers: number;
}
