import { KANALEN, UITKERINGEN, type Kanaal, type Uitkering } from '@wiz/contracts/browser';
import type { components } from '../api/generated/intake';
import type { Formulierregels } from './formulier';
import { bsnOpgeschoond, datumAlsIso } from './waarden';
import { IDENTITEIT_CONTROLES, type IdentiteitInvoer } from './identificatie-regels';
import { anoniemeInwoner, anoniemKanaal, isAnoniem, metAnoniem } from './intake-anoniem';
import { ESF_CONTROLES, ESF_LEEG, ESF_VELDEN, esfAntwoorden, type EsfInvoer } from './intake-esf-regels';

/** The intake form as typed: every field as text or a tick, exactly what the inputs hold. */
export interface IntakeInvoer extends EsfInvoer, IdentiteitInvoer {
  kanaal: string;
  /** Anonymous orientation (Talentperron, event): a chosen name and optional contact instead of the identity. */
  anoniem: boolean;
  roepnaam: string;
  uitkering: string;
  werkend: boolean;
  zzp: boolean;
  arbeidsbeperking: boolean;
  statushouder: boolean;
  startkwalificatie: boolean;
  participatieladder: string;
  hulpvraag: string;
}
export type IntakeVeld = keyof IntakeInvoer;

export const legeIntake = (gemeentecode: string): IntakeInvoer => ({
  kanaal: 'balie',
  anoniem: false,
  roepnaam: '',
  bsn: '',
  voornaam: '',
  achternaam: '',
  geboortedatum: '',
  postcode: '',
  huisnummer: '',
  gemeentecode,
  email: '',
  telefoon: '',
  uitkering: '',
  werkend: false,
  zzp: false,
  arbeidsbeperking: false,
  statushouder: false,
  startkwalificatie: false,
  participatieladder: '',
  hulpvraag: '',
  ...ESF_LEEG,
});

const geen = () => undefined;
const ingesteld = (lijst: readonly string[], waarde: string) => lijst.includes(waarde);

const CONTROLES: Formulierregels<IntakeInvoer, IntakeVeld>['controles'] = metAnoniem<IntakeInvoer, IntakeVeld>({
  kanaal: (i) => (ingesteld(KANALEN, i.kanaal) ? undefined : 'Kies hoe de inwoner zich meldt.'),
  anoniem: geen,
  roepnaam: geen,
  ...IDENTITEIT_CONTROLES,
  uitkering: (i) =>
    ingesteld(UITKERINGEN, i.uitkering) ? undefined : 'Kies welke uitkering de inwoner heeft, of "Geen uitkering".',
  werkend: geen,
  zzp: geen,
  arbeidsbeperking: geen,
  statushouder: geen,
  startkwalificatie: geen,
  participatieladder: (i) =>
    i.participatieladder === '' || /^[1-6]$/.test(i.participatieladder)
      ? undefined
      : 'Kies een trede van 1 tot en met 6.',
  hulpvraag: (i) => (i.hulpvraag.length > 4_000 ? 'Gebruik maximaal 4.000 tekens.' : undefined),
  ...ESF_CONTROLES,
});

/** Where POST /aanmeldingen keeps each field ('inwoner.bsn'), as its 400 problem names them. */
const INWONERVELDEN: readonly IntakeVeld[] = [
  'roepnaam',
  'bsn',
  'voornaam',
  'achternaam',
  'geboortedatum',
  'postcode',
  'huisnummer',
  'gemeentecode',
  'email',
  'telefoon',
];
const SITUATIEVELDEN: readonly IntakeVeld[] = [
  'uitkering',
  'werkend',
  'zzp',
  'arbeidsbeperking',
  'statushouder',
  'startkwalificatie',
  'participatieladder',
  ...ESF_VELDEN,
];
const padVan = (veld: IntakeVeld) =>
  INWONERVELDEN.includes(veld) ? `inwoner.${veld}` : SITUATIEVELDEN.includes(veld) ? `situatie.${veld}` : veld;

export const INTAKE_REGELS: Formulierregels<IntakeInvoer, IntakeVeld> = { controles: CONTROLES, padVan };

/** The request body of POST /aanmeldingen, as intake's OpenAPI document describes it. */
export type AanmeldingVerzoek = components['schemas']['RegistreerAanmeldingRequest'];

const optioneel = (waarde: string) => (waarde === '' ? undefined : waarde);

/** The request body for POST /aanmeldingen from a form that passed INTAKE_REGELS: trimmed, empty optionals left out. */
export function alsAanmelding(i: IntakeInvoer): AanmeldingVerzoek {
  if (isAnoniem(i))
    return {
      anoniem: true,
      kanaal: anoniemKanaal(i.kanaal),
      inwoner: anoniemeInwoner(i),
      situatie: situatieVan(i),
      hulpvraag: i.hulpvraag.trim(),
    };
  return {
    kanaal: i.kanaal as Kanaal,
    inwoner: {
      bsn: optioneel(bsnOpgeschoond(i.bsn)),
      voornaam: i.voornaam.trim(),
      achternaam: i.achternaam.trim(),
      geboortedatum: datumAlsIso(i.geboortedatum) ?? '',
      postcode: i.postcode.trim(),
      huisnummer: i.huisnummer.trim(),
      gemeentecode: i.gemeentecode.trim().toUpperCase(),
      email: optioneel(i.email.trim()),
      telefoon: optioneel(i.telefoon.trim()),
    },
    situatie: situatieVan(i),
    hulpvraag: i.hulpvraag.trim(),
  };
}

const situatieVan = (i: IntakeInvoer) => ({
  uitkering: i.uitkering as Uitkering,
  werkend: i.werkend,
  zzp: i.zzp,
  arbeidsbeperking: i.arbeidsbeperking,
  statushouder: i.statushouder,
  startkwalificatie: i.startkwalificatie,
  participatieladder: i.participatieladder === '' ? undefined : Number(i.participatieladder),
  ...esfAntwoorden(i),
});
