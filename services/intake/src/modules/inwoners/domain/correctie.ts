/**
 * A correction of an inwoner (AVG art. 16, and a move): the fields front office or the consulent may correct. The
 * birth date and the BSN are not among them: they decide who the person is, and beheer's identity checks and a
 * merge handle a wrong one. An address comes whole (postcode, huisnummer and its gemeente), as intake records it.
 */
export const CORRIGEERBARE_VELDEN = [
  'voornaam',
  'achternaam',
  'postcode',
  'huisnummer',
  'gemeentecode',
  'email',
  'telefoon',
] as const;
export type CorrigeerbaarVeld = (typeof CORRIGEERBARE_VELDEN)[number];

export type GehoudenGegevens = Record<CorrigeerbaarVeld, string | null>;

export interface Correctie {
  voornaam?: string;
  achternaam?: string;
  adres?: { postcode: string; huisnummer: string; gemeentecode: string };
  contact?: { email?: string | null; telefoon?: string | null };
}

export interface Veldwijziging {
  veld: CorrigeerbaarVeld;
  oud: string | null;
  nieuw: string | null;
}

/** The fields this correction really changes, old → new; a field sent with the value it has is no change. */
export function veldwijzigingen(gehouden: GehoudenGegevens, c: Correctie): Veldwijziging[] {
  const voorgesteld: Partial<GehoudenGegevens> = {
    voornaam: c.voornaam,
    achternaam: c.achternaam,
    ...(c.adres ?? {}),
    ...(c.contact ?? {}),
  };
  return CORRIGEERBARE_VELDEN.filter(
    (veld) => voorgesteld[veld] !== undefined && voorgesteld[veld] !== gehouden[veld],
  ).map((veld) => ({ veld, oud: gehouden[veld], nieuw: voorgesteld[veld] ?? null }));
}

/** A changed gemeente is a move, which trajecten turns into a proposed handover. */
export function verhuizing(wijzigingen: readonly Veldwijziging[]): { van: string; naar: string } | undefined {
  const gemeente = wijzigingen.find((w) => w.veld === 'gemeentecode');
  return gemeente?.oud && gemeente.nieuw ? { van: gemeente.oud, naar: gemeente.nieuw } : undefined;
}

/** The gehouden gegevens after the correction. */
export function nadien(gehouden: GehoudenGegevens, wijzigingen: readonly Veldwijziging[]): GehoudenGegevens {
  return { ...gehouden, ...Object.fromEntries(wijzigingen.map((w) => [w.veld, w.nieuw])) };
}
