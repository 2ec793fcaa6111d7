import type { components } from '../../api/generated/werkgevers';

/** What the werkgevers service answers, as its OpenAPI document describes it. */
type Schemas = components['schemas'];
export type Keuzelijsten = Schemas['WerkgeversKeuzelijsten'];
export type Keuze = Keuzelijsten['skills'][number];
export type Werkgever = Schemas['Werkgevers']['items'][number];
export type WerkgeverDetail = Schemas['Werkgever'];
export type Contactpersoon = WerkgeverDetail['contactpersonen'][number];
/** A vacancy as its employer's page lists it; VacatureMetWerkgever also names the employer. */
export type Vacature = WerkgeverDetail['vacatures'][number];
export type VacatureMetWerkgever = Schemas['Vacature'];
/** A candidate: always a pseudonymous code and the overlap; the profile only with consent and release. */
export type Kandidaat = Schemas['GerangschikteKandidaten']['items'][number];
export type Plaatsing = Schemas['PlaatsingenPagina']['items'][number];
export type SroiDoelgroep = NonNullable<Plaatsing['sroiDoelgroep']>;
export type Contractvorm = Plaatsing['contractvorm'];
export type SroiVerplichting = Schemas['SroiVerplichting'];
export type Rapportage = Schemas['WerkgeversRapportage'];
export type VacatureStatus = Vacature['status'];
export type Arrangement = Schemas['ArrangementenPagina']['items'][number];
export type ArrangementDetail = Schemas['Arrangement'];
