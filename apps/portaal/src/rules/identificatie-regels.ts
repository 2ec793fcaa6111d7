import type { components } from '../api/generated/intake';
import type { Formulierregels } from './formulier';
import {
  bsnFout,
  bsnOpgeschoond,
  datumAlsIso,
  emailFout,
  gemeentecodeFout,
  geboortedatumFout,
  huisnummerFout,
  naamFout,
  postcodeFout,
  telefoonFout,
} from './waarden';

/** A person's identity as typed: in the intake form, and when a person who oriented anonymously is identified. */
export interface IdentiteitInvoer {
  bsn: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: string;
  gemeentecode: string;
  email: string;
  telefoon: string;
}
type Veld = keyof IdentiteitInvoer;

/** The identity checks, in the order the fields stand on screen; only the BSN, e-mail and phone may stay empty. */
export const IDENTITEIT_CONTROLES: Formulierregels<IdentiteitInvoer, Veld>['controles'] = {
  bsn: (i) => bsnFout(i.bsn),
  voornaam: (i) => naamFout(i.voornaam, 'de voornaam'),
  achternaam: (i) => naamFout(i.achternaam, 'de achternaam'),
  geboortedatum: (i, vandaag) => geboortedatumFout(i.geboortedatum, vandaag),
  postcode: (i) => postcodeFout(i.postcode),
  huisnummer: (i) => huisnummerFout(i.huisnummer),
  gemeentecode: (i) => gemeentecodeFout(i.gemeentecode),
  email: (i) => emailFout(i.email),
  telefoon: (i) => telefoonFout(i.telefoon),
};

/** The identification form starts from what the anonymous person gave: the chosen name, gemeente and contact. */
export const legeIdentificatie = (i: {
  voornaam: string;
  gemeentecode: string;
  email: string | null;
  telefoon: string | null;
}): IdentiteitInvoer => ({
  bsn: '',
  voornaam: i.voornaam,
  achternaam: '',
  geboortedatum: '',
  postcode: '',
  huisnummer: '',
  gemeentecode: i.gemeentecode,
  email: i.email ?? '',
  telefoon: i.telefoon ?? '',
});

export const IDENTIFICATIE_REGELS: Formulierregels<IdentiteitInvoer, Veld> = {
  controles: IDENTITEIT_CONTROLES,
  padVan: (veld) => veld,
};

const optioneel = (waarde: string) => (waarde.trim() === '' ? undefined : waarde.trim());

/** The body of POST /inwoners/{id}/identificatie from a form that passed the checks. */
export const alsIdentificatie = (i: IdentiteitInvoer): components['schemas']['IdentificatieRequest'] => ({
  bsn: optioneel(bsnOpgeschoond(i.bsn)),
  voornaam: i.voornaam.trim(),
  achternaam: i.achternaam.trim(),
  geboortedatum: datumAlsIso(i.geboortedatum) ?? '',
  postcode: i.postcode.trim(),
  huisnummer: i.huisnummer.trim(),
  gemeentecode: i.gemeentecode.trim().toUpperCase(),
  email: optioneel(i.email),
  telefoon: optioneel(i.telefoon),
});
