import type { EsfResultaten } from './esf-resultaten';

/**
 * ESF+ results over the participants who left by the peildatum. Immediate results (upon leaving, within four
 * weeks): werkzoekend, onderwijs, kwalificatie, werkBinnenVierWeken. Longer-term (six months after leaving):
 * werkNaZesMaanden (any hours) and verbeterdeSituatieNaZesMaanden, counted only once those six months have passed.
 * NogNietBekend counts leavers whose four-week window, or whose six months, had not passed on the peildatum; it sits
 * beside the results (not inside), so every result is a plain count.
 */
export interface ResultaatTelling {
  uitgestroomd: number;
  werkzoekend: number;
  onderwijs: number;
  kwalificatie: number;
  werkBinnenVierWeken: number;
  werkNaZesMaanden: number;
  verbeterdeSituatieNaZesMaanden: number;
}

export interface NogNietBekend {
  binnenVierWeken: number;
  naZesMaanden: number;
}

export function leegResultaat(): ResultaatTelling {
  return {
    uitgestroomd: 0,
    werkzoekend: 0,
    onderwijs: 0,
    kwalificatie: 0,
    werkBinnenVierWeken: 0,
    werkNaZesMaanden: 0,
    verbeterdeSituatieNaZesMaanden: 0,
  };
}

export function telResultaat(t: ResultaatTelling, nog: NogNietBekend, r: EsfResultaten): void {
  t.uitgestroomd += 1;
  for (const k of [
    'werkzoekend',
    'onderwijs',
    'kwalificatie',
    'werkBinnenVierWeken',
    'werkNaZesMaanden',
    'verbeterdeSituatieNaZesMaanden',
  ] as const) {
    if (r[k] === true) t[k] += 1;
  }
  if (!r.vierWekenVerstreken) nog.binnenVierWeken += 1;
  if (!r.zesMaandenVerstreken) nog.naZesMaanden += 1;
}
