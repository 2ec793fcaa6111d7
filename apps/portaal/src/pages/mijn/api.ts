import { type Dienst, gegevens, intakeApi, subsidiesApi, trajectenApi, werkgeversApi } from '../../api/client';
import { vraagAlleDiensten } from '../privacy/audit-api';

/**
 * What the inwoner's own routes answer (/api/v1/mijn/… in each service). The inwoner is always the caller: no
 * route here takes an inwonerId, the services read it from the session's token.
 */
export interface MijnGegevens {
  voornaam?: string;
  achternaam?: string;
  naam?: string;
  geboortedatum?: string;
  adres?: { straat?: string; huisnummer?: string; postcode?: string; woonplaats?: string } | string;
  contact?: { telefoon?: string; email?: string };
  telefoon?: string;
  email?: string;
  gemeente?: string;
  gemeentecode?: string;
  bsn?: string;
}

export const CORRECTIE_ONDERDELEN = ['naam', 'adres', 'contact', 'gemeente', 'geboortedatum', 'anders'] as const;
export type CorrectieOnderdeel = (typeof CORRECTIE_ONDERDELEN)[number];
export interface Correctieverzoek {
  id: string;
  onderdeel: CorrectieOnderdeel;
  gewenst: string;
  toelichting?: string;
  status: string;
  ingediendOp?: string;
  afgehandeldOp?: string;
  uitkomstToelichting?: string;
}

export interface MijnTraject {
  id: string;
  status: string;
  huidigeStap: string;
  stappen: { stap: string; van: string; tot?: string }[];
  gestartOp: string;
  afgeslotenOp?: string;
  organisatie: string;
  consulent?: { naam?: string };
  planDoelen: { omschrijving: string; status: string }[];
  activiteiten: { id: string; soort: string; status?: string; resultaat?: string; van: string; tot?: string }[];
  volgendeAfspraken: { op: string; soort: string; omschrijving?: string }[];
}

export interface MijnResultaat {
  id: string;
  soort: 'opleiding' | 'praktijkverklaring' | 'plaatsing';
  omschrijving: string;
  behaaldOp: string;
  organisatie: string;
}

export interface Toestemming {
  id: string;
  doel: string;
  vacatureId?: string;
  gegevenOp: string;
  geldigTot?: string;
  ingetrokkenOp?: string;
  actief: boolean;
  namens: boolean;
}
export interface ToestemmingWijziging {
  toestemmingId: string;
  doel: string;
  vacatureId?: string;
  handeling: 'gegeven' | 'ingetrokken';
  op: string;
  door: 'uzelf' | 'medewerker';
  organisatie?: string;
}
export interface MijnVacature {
  id: string;
  titel: string;
  werkgever?: string;
}

export interface Inzageregel {
  op: string;
  rol: string;
  naam?: string;
  organisatie: string;
  actie: string;
  doel: string;
  dienst?: string;
}

export interface Export {
  dienst: string;
  gemaaktOp: string;
  onderdelen: {
    soort: string;
    omschrijving: string;
    doel: string;
    grondslag: string;
    ontvangers: string[];
    bewaartermijn: { jaren?: number; vanaf?: string; bron?: string };
    gegevens: Record<string, unknown>[];
  }[];
}

/**
 * The clients are typed by each service's generated OpenAPI paths; until a service's document lists its /mijn
 * routes, a call goes through the same client (token, problem handling) with the shape declared above.
 */
interface Los {
  GET(pad: string, init?: { signal?: AbortSignal; parseAs?: 'blob' }): Promise<{ data?: unknown; response: Response }>;
  POST(pad: string, init: { body: unknown; signal?: AbortSignal }): Promise<{ data?: unknown; response: Response }>;
}
const los = (client: unknown) => client as Los;
const CLIENTS: Record<Dienst, Los> = {
  intake: los(intakeApi),
  trajecten: los(trajectenApi),
  werkgevers: los(werkgeversApi),
  subsidies: los(subsidiesApi),
};
const lees = async <T>(dienst: Dienst, pad: string, signal?: AbortSignal) =>
  (await gegevens(CLIENTS[dienst].GET(pad, { signal }))) as T;
const stuur = async <T>(dienst: Dienst, pad: string, body: unknown) =>
  (await gegevens(CLIENTS[dienst].POST(pad, { body }))) as T;

export const mijnApi = {
  gegevens: (signal: AbortSignal) => lees<MijnGegevens>('intake', '/mijn/gegevens', signal),
  correctieverzoeken: (signal: AbortSignal) =>
    lees<{ items: Correctieverzoek[] }>('intake', '/mijn/correctieverzoeken', signal),
  vraagCorrectie: (body: { onderdeel: CorrectieOnderdeel; gewenst: string; toelichting?: string }) =>
    stuur<Correctieverzoek>('intake', '/mijn/correctieverzoeken', body),
  trajecten: (signal: AbortSignal) => lees<{ items: MijnTraject[] }>('trajecten', '/mijn/trajecten', signal),
  resultaten: (signal: AbortSignal) => lees<{ items: MijnResultaat[] }>('trajecten', '/mijn/resultaten', signal),
  certificaat: (resultaatId: string) =>
    CLIENTS.trajecten.GET(`/mijn/resultaten/${encodeURIComponent(resultaatId)}/certificaat`, {
      parseAs: 'blob',
    }) as Promise<{ data?: Blob; response: Response }>,
  credential: (resultaatId: string) =>
    lees<{ credential: string; formaat: string }>(
      'trajecten',
      `/mijn/resultaten/${encodeURIComponent(resultaatId)}/credential`,
    ),
  toestemmingen: (signal: AbortSignal) =>
    lees<{ items: Toestemming[]; geschiedenis: ToestemmingWijziging[] }>('intake', '/mijn/toestemmingen', signal),
  geefToestemming: (body: { doel: string; vacatureId?: string; geldigTot?: string }) =>
    stuur<Toestemming>('intake', '/mijn/toestemmingen', body),
  trekIn: (toestemmingId: string) =>
    stuur<Toestemming>('intake', `/mijn/toestemmingen/${encodeURIComponent(toestemmingId)}/intrekking`, {}),
  vacatures: (signal: AbortSignal) => lees<{ items: MijnVacature[] }>('werkgevers', '/mijn/vacatures', signal),
  /** Each service's readers of the caller's data; a service that does not answer is named, not left out. */
  inzage: (signal: AbortSignal) =>
    vraagAlleDiensten((dienst) =>
      lees<{ items: Inzageregel[]; totaal: number }>(dienst, '/mijn/inzage?paginagrootte=200', signal),
    ),
  exports: (signal: AbortSignal) =>
    vraagAlleDiensten((dienst) => lees<Export>(dienst, '/mijn/gegevens-export', signal)),
};
