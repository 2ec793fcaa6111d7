import { type Dienst, gegevens, intakeApi, subsidiesApi, trajectenApi, werkgeversApi } from '../../api/client';
import type { components as Intake } from '../../api/generated/intake';
import type { components as Trajecten } from '../../api/generated/trajecten';
import type { components as Werkgevers } from '../../api/generated/werkgevers';
import { paginaNaPagina, vraagAlleDiensten } from '../privacy/audit-api';

/**
 * What the inwoner's own routes answer (/api/v1/mijn/… in each service). The inwoner is always the caller: no
 * route here takes an inwonerId, the services read it from the session's token.
 */
export type MijnGegevens = Intake['schemas']['MijnGegevensResponse'];
export type Correctieverzoek = Intake['schemas']['CorrectieverzoekResponse'];
export type CorrectieOnderdeel = Correctieverzoek['onderdeel'];
export const CORRECTIE_ONDERDELEN: readonly CorrectieOnderdeel[] = [
  'naam',
  'adres',
  'contact',
  'gemeente',
  'geboortedatum',
  'anders',
];
export type Rechtenverzoek = Intake['schemas']['RechtenverzoekResponse'];
export type Recht = Rechtenverzoek['recht'];
export type MijnTraject = Trajecten['schemas']['MijnTrajecten']['items'][number];
export type MijnResultaat = Trajecten['schemas']['MijnResultaten']['items'][number];
export type Toestemming = Intake['schemas']['ToestemmingRecord'];
export type ToestemmingDoel = Toestemming['doel'];
export type MijnVacature = Werkgevers['schemas']['MijnVacatures']['items'][number];
export type Inzageregel = Intake['schemas']['MijnInzagePagina']['items'][number];
type InzagePagina = Intake['schemas']['MijnInzagePagina'];
export type Export = Intake['schemas']['GegevensExport'];

/** The days asked for (inclusive); without `van` a service answers from 1 January of this year. */
export interface Periode {
  van?: string;
  tot?: string;
}
type InzageVraag = Periode & { pagina: number; paginagrootte: number };

// The same two platform routes in every service; each client knows its own document's paths.
const INZAGE: Record<Dienst, (query: InzageVraag, signal: AbortSignal) => Promise<InzagePagina>> = {
  intake: (query, signal) => gegevens(intakeApi.GET('/mijn/inzage', { params: { query }, signal })),
  trajecten: (query, signal) => gegevens(trajectenApi.GET('/mijn/inzage', { params: { query }, signal })),
  werkgevers: (query, signal) => gegevens(werkgeversApi.GET('/mijn/inzage', { params: { query }, signal })),
  subsidies: (query, signal) => gegevens(subsidiesApi.GET('/mijn/inzage', { params: { query }, signal })),
};

/** One service's reads of the caller's data in the period, page after page (paginaNaPagina). */
const inzageVan = (dienst: Dienst, periode: Periode, signal: AbortSignal) =>
  paginaNaPagina((pagina) => INZAGE[dienst]({ ...periode, ...pagina }, signal));
const EXPORT: Record<Dienst, (signal: AbortSignal) => Promise<Export>> = {
  intake: (signal) => gegevens(intakeApi.GET('/mijn/gegevens-export', { signal })),
  trajecten: (signal) => gegevens(trajectenApi.GET('/mijn/gegevens-export', { signal })),
  werkgevers: (signal) => gegevens(werkgeversApi.GET('/mijn/gegevens-export', { signal })),
  subsidies: (signal) => gegevens(subsidiesApi.GET('/mijn/gegevens-export', { signal })),
};

const resultaat = (resultaatId: string) => ({ params: { path: { resultaatId } } });

export const mijnApi = {
  gegevens: (signal: AbortSignal) => gegevens(intakeApi.GET('/mijn/gegevens', { signal })),
  correctieverzoeken: (signal: AbortSignal) => gegevens(intakeApi.GET('/mijn/correctieverzoeken', { signal })),
  vraagCorrectie: (body: { onderdeel: CorrectieOnderdeel; gewenst: string; toelichting?: string }) =>
    gegevens(intakeApi.POST('/mijn/correctieverzoeken', { body })),
  rechtenverzoeken: (signal: AbortSignal) => gegevens(intakeApi.GET('/mijn/rechtenverzoeken', { signal })),
  vraagRecht: (body: { recht: Recht; toelichting?: string }) =>
    gegevens(intakeApi.POST('/mijn/rechtenverzoeken', { body })),
  trajecten: (signal: AbortSignal) => gegevens(trajectenApi.GET('/mijn/trajecten', { signal })),
  resultaten: (signal: AbortSignal) => gegevens(trajectenApi.GET('/mijn/resultaten', { signal })),
  certificaat: (resultaatId: string) =>
    trajectenApi.GET('/mijn/resultaten/{resultaatId}/certificaat', { ...resultaat(resultaatId), parseAs: 'blob' }),
  credential: (resultaatId: string) =>
    gegevens(trajectenApi.GET('/mijn/resultaten/{resultaatId}/credential', resultaat(resultaatId))),
  toestemmingen: (signal: AbortSignal) => gegevens(intakeApi.GET('/mijn/toestemmingen', { signal })),
  geefToestemming: (body: { doel: ToestemmingDoel; vacatureId?: string; geldigTot?: string }) =>
    gegevens(intakeApi.POST('/mijn/toestemmingen', { body })),
  trekIn: (toestemmingId: string) =>
    gegevens(intakeApi.POST('/mijn/toestemmingen/{toestemmingId}/intrekking', { params: { path: { toestemmingId } } })),
  vacatures: (signal: AbortSignal) => gegevens(werkgeversApi.GET('/mijn/vacatures', { signal })),
  /** Each service's readers of the caller's data; a service that does not answer is named, not left out. */
  inzage: (periode: Periode, signal: AbortSignal) => vraagAlleDiensten((dienst) => inzageVan(dienst, periode, signal)),
  exports: (signal: AbortSignal) => vraagAlleDiensten((dienst) => EXPORT[dienst](signal)),
};
