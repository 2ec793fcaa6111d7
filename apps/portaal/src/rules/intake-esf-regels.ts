import { isRealIsoDate } from '@wiz/contracts/browser';
import { datumAlsIso } from './waarden';

// The optional questions for the ESF+ register and the target groups (issue 15). Each can stay unanswered, which
// is different from "nee": a yes/no question is a list with "Niet gevraagd", never a tick box.

const JA_NEE_VELDEN = [
  'werkzoekend',
  'derdelander',
  'migratieachtergrond',
  'minderheid',
  'dakloos',
  'platteland',
  'ggzAchtergrond',
  'doelgroepregister',
] as const;
type JaNeeVeld = (typeof JA_NEE_VELDEN)[number];
type Datumveld = 'werkloosSinds' | 'uitkeringSinds';

export type EsfVeld = JaNeeVeld | Datumveld | 'opleidingsniveau' | 'geslacht';
export type EsfInvoer = Record<EsfVeld, string>;

/** Screen order, which the error summary follows. */
export const ESF_VELDEN: readonly EsfVeld[] = [
  'werkzoekend',
  'werkloosSinds',
  'uitkeringSinds',
  'opleidingsniveau',
  'geslacht',
  'derdelander',
  'migratieachtergrond',
  'minderheid',
  'dakloos',
  'platteland',
  'ggzAchtergrond',
  'doelgroepregister',
];
export const ESF_LEEG = Object.fromEntries(ESF_VELDEN.map((veld) => [veld, ''])) as EsfInvoer;

/** Intake's values for geslacht; the browser-versus-intake test keeps them equal. */
export const GESLACHT_WAARDEN = ['man', 'vrouw', 'anders', 'onbekend'] as const;

type Samen = EsfInvoer & { geboortedatum: string; uitkering: string };

/** An optional date that has happened, on or after the birth date. */
function verledenDatumFout(invoer: string, vandaag: string, geboortedatum: string): string | undefined {
  if (invoer.trim() === '') return undefined;
  const iso = datumAlsIso(invoer);
  if (!iso) return 'Vul de datum in als dag-maand-jaar, bijvoorbeeld 31-12-2024.';
  if (!isRealIsoDate(iso)) return 'Deze datum bestaat niet. Controleer de dag en de maand.';
  if (iso > vandaag) return 'Deze datum kan niet in de toekomst liggen.';
  const geboren = datumAlsIso(geboortedatum);
  return geboren && isRealIsoDate(geboren) && iso < geboren ? 'Deze datum ligt voor de geboortedatum.' : undefined;
}

const jaNee = (waarde: string) => (['', 'ja', 'nee'].includes(waarde) ? undefined : 'Kies ja, nee of niet gevraagd.');

export const ESF_CONTROLES: Record<EsfVeld, (i: Samen, vandaag: string) => string | undefined> = {
  ...(Object.fromEntries(JA_NEE_VELDEN.map((veld) => [veld, (i: Samen) => jaNee(i[veld])])) as Record<
    JaNeeVeld,
    (i: Samen) => string | undefined
  >),
  werkloosSinds: (i, vandaag) => verledenDatumFout(i.werkloosSinds, vandaag, i.geboortedatum),
  uitkeringSinds: (i, vandaag) =>
    i.uitkeringSinds.trim() !== '' && i.uitkering === 'geen'
      ? 'Laat dit leeg bij "Geen uitkering".'
      : verledenDatumFout(i.uitkeringSinds, vandaag, i.geboortedatum),
  opleidingsniveau: (i) =>
    /^[0-8]?$/.test(i.opleidingsniveau) ? undefined : 'Kies een opleidingsniveau uit de lijst.',
  geslacht: (i) =>
    i.geslacht === '' || (GESLACHT_WAARDEN as readonly string[]).includes(i.geslacht)
      ? undefined
      : 'Kies een geslacht uit de lijst.',
};

const alsJaNee = (waarde: string) => (waarde === '' ? undefined : waarde === 'ja');
const alsDatum = (waarde: string) => (waarde.trim() === '' ? undefined : (datumAlsIso(waarde) ?? ''));

/** The answers as intake's situatie takes them; unanswered questions are left out. */
export function esfAntwoorden(i: EsfInvoer) {
  const jaNeeAntwoorden = Object.fromEntries(JA_NEE_VELDEN.map((veld) => [veld, alsJaNee(i[veld])])) as Partial<
    Record<JaNeeVeld, boolean>
  >;
  return {
    ...jaNeeAntwoorden,
    werkloosSinds: alsDatum(i.werkloosSinds),
    uitkeringSinds: alsDatum(i.uitkeringSinds),
    opleidingsniveau: i.opleidingsniveau === '' ? undefined : Number(i.opleidingsniveau),
    geslacht: i.geslacht === '' ? undefined : (i.geslacht as (typeof GESLACHT_WAARDEN)[number]),
  };
}
