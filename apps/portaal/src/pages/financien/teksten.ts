import { KOSTENSOORTEN as KOSTENSOORT_WAARDEN, type Kostensoort, type Uitsluitingsreden } from '@wiz/contracts/browser';
import type { DeclaratieStatus } from './typen';

/** Why a cost line is left out of a claim, in the words finance uses. The one place these texts live. */
export const REDEN_TEKST: Record<Uitsluitingsreden, string> = {
  'buiten-periode': 'Buiten de looptijd van de regeling',
  'buiten-regio': 'Deelnemer woont buiten het gebied van de regeling',
  'al-gedeclareerd': 'Al eerder gedeclareerd',
  'dubbele-financiering': 'Dubbele financiering: al gedeclareerd bij een andere regeling',
  'gedekt-door-flat-rate': 'Gedekt door het vaste percentage op personeelskosten (flat rate, art. 56)',
  'geen-bewijsstuk': 'Geen bewijsstuk',
  'deelnemer-onvolledig': 'Gegevens van de deelnemer zijn onvolledig',
};
export const redenTekst = (reden: string | undefined) =>
  reden ? (REDEN_TEKST[reden as Uitsluitingsreden] ?? reden) : '';

export const STATUS: Record<DeclaratieStatus, { tekst: string; klasse: string }> = {
  'in-bewerking': { tekst: 'Wordt samengesteld', klasse: 'label-waarschuwing' },
  concept: { tekst: 'Concept', klasse: 'label-waarschuwing' },
  ingediend: { tekst: 'Ingediend', klasse: 'label-gelukt' },
};
/** A claim's status as a label; a status this page does not know shows as it is. */
export const statusVan = (status: string) => STATUS[status as DeclaratieStatus] ?? { tekst: status, klasse: '' };

/** The contract's cost kinds (@wiz/contracts), each with its Dutch label: the Record makes every kind need one. */
const SOORT_TEKST: Record<Kostensoort, string> = {
  personeel: 'Personeel',
  opleiding: 'Opleiding',
  begeleiding: 'Begeleiding',
  materiaal: 'Materiaal',
  overig: 'Overig',
};
export const KOSTENSOORTEN = KOSTENSOORT_WAARDEN.map((waarde) => ({ waarde, tekst: SOORT_TEKST[waarde] }));
export const soortTekst = (soort: string) => SOORT_TEKST[soort as Kostensoort] ?? soort;

/** The Dutch labels of the fields the service may name in a refusal, per form. */
export const VELDNAMEN: Record<string, string> = {
  code: 'Code',
  naam: 'Naam',
  startdatum: 'Startdatum',
  einddatum: 'Einddatum',
  gemeentecodes: 'Gemeentecodes',
  cofinancieringspercentage: 'Cofinancieringspercentage',
  flatRatePercentage: 'Flat rate',
  regelingCode: 'Regeling',
  soort: 'Soort kosten',
  bedragCenten: 'Bedrag',
  datum: 'Datum',
  omschrijving: 'Omschrijving',
  bewijsstuk: 'Bewijsstuk',
  inwonerId: 'Inwoner-ID',
  periodeVan: 'Periode van',
  periodeTot: 'Periode tot en met',
};

/**
 * Labels of the ESF+ indicator groups and their values. The subsidies service has the same words for its exports
 * (queries/exporteer-declaratie/bestanden/indicator-rijen.ts); the portaal cannot import a service, so keep both in step.
 */
export const INDICATOR_GROEPEN: Record<string, string> = {
  perArbeidsmarktstatus: 'Arbeidsmarktstatus bij intrede',
  perLeeftijdsband: 'Leeftijd bij intrede',
  perOpleidingsniveau: 'Opleidingsniveau bij intrede',
  perGeslacht: 'Geslacht',
  kenmerken: 'Kenmerken bij intrede',
  resultaten: 'Resultaten (ESF+)',
  nogNietBekend: 'Resultaat nog niet bekend op de peildatum',
};
export const INDICATOR_WAARDEN: Record<string, string> = {
  werkloos: 'Werkloos (incl. langdurig)',
  'langdurig-werkloos': 'waarvan langdurig werkloos',
  inactief: 'Inactief',
  werkend: 'Werkend (ook zelfstandig)',
  'onder-18': 'Jonger dan 18',
  '18-29': '18 tot en met 29',
  '30-54': '30 tot en met 54',
  '55-plus': '55 en ouder',
  'isced-0-2': 'ISCED 0–2 (basis)',
  'isced-3-4': 'ISCED 3–4 (middelbaar)',
  'isced-5-8': 'ISCED 5–8 (hoger)',
  man: 'Man',
  vrouw: 'Vrouw',
  anders: 'Anders',
  onbekend: 'Onbekend',
  arbeidsmarktstatus: 'Arbeidsmarktstatus',
  langdurigWerkloos: 'Langdurig werkloos',
  leeftijdsband: 'Leeftijd',
  opleidingsniveau: 'Opleidingsniveau',
  geslacht: 'Geslacht',
  arbeidsbeperking: 'Arbeidsbeperking',
  derdelander: 'Onderdaan van een derde land',
  migratieachtergrond: 'Migratieachtergrond',
  minderheid: 'Minderheid',
  dakloos: 'Dakloos of uitgesloten van huisvesting',
  platteland: 'Woont op het platteland',
  uitgestroomd: 'Uitgestroomd',
  werkzoekend: 'Werkzoekend bij uitstroom',
  onderwijs: 'In onderwijs of opleiding bij uitstroom',
  kwalificatie: 'Kwalificatie behaald bij uitstroom',
  werkBinnenVierWeken: 'Werk binnen vier weken na uitstroom',
  werkNaZesMaanden: 'Werk zes maanden na uitstroom (elk aantal uren)',
  verbeterdeSituatieNaZesMaanden: 'Betere arbeidsmarktsituatie zes maanden na uitstroom',
  binnenVierWeken: 'Vier weken na uitstroom nog niet verstreken',
  naZesMaanden: 'Zes maanden na uitstroom nog niet verstreken',
};
/** Claims compiled before issue 15 keep their stored counts, which meant something else under the same keys. */
export const OUDE_INDICATOR_WAARDEN: Record<string, string> = {
  werkloos: 'Werkloos (excl. langdurig)',
  'langdurig-werkloos': 'Langdurig werkloos',
  werkNaZesMaanden: 'Duurzaam aan het werk (24+ uur; oude definitie)',
  kwalificatie: 'Kwalificatie behaald',
  werkBinnenVierWeken: 'Werk binnen vier weken',
};
export const DUURZAAM_GEPLAATST = 'Duurzaam geplaatst (24+ uur, regionale maat, geen ESF+-indicator)';
