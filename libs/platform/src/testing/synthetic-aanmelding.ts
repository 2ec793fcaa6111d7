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

const VOORNAMEN = ['Anne', 'Bram', 'Chayenne', 'Daan', 'Eva', 'Fatima', 'Gijs', 'Hanna', 'Ilse', 'Jelle'];
const ACHTERNAMEN = ['de Vries', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Kramer'];

/** A valid aanmelding for person n, as the front office sends it (WW, Groningen: routed to UWV). */
export function syntheticAanmelding(n: number, gemeentecode = 'GM0014') {
  return {
    kanaal: 'balie',
    inwoner: {
      bsn: syntheticBsn(n),
      voornaam: VOORNAMEN[n % VOORNAMEN.length],
      achternaam: ACHTERNAMEN[Math.floor(n / VOORNAMEN.length) % ACHTERNAMEN.length],
      geboortedatum: `19${60 + (n % 40)}-0${1 + (n % 9)}-1${n % 10}`,
      postcode: `97${11 + (n % 80)}AB`,
      huisnummer: String(1 + (n % 200)),
      gemeentecode,
    },
    situatie: { uitkering: 'ww', werkend: false, zzp: false, arbeidsbeperking: false, statushouder: false, startkwalificatie: true },
    hulpvraag: 'Ik zoek werk',
  };
}
