import createClient, { type Middleware } from 'openapi-fetch';
import { huidigToken, vergeetToken } from '../auth/session';
import type { components, paths as IntakePaden } from './generated/intake';
import type { paths as TrajectenPaden } from './generated/trajecten';
import type { paths as WerkgeversPaden } from './generated/werkgevers';
import type { paths as SubsidiesPaden } from './generated/subsidies';

export type Dienst = 'intake' | 'trajecten' | 'werkgevers' | 'subsidies';

/** An RFC 9457 problem as every service documents it (the same Problem schema in all four documents). */
export type Problem = components['schemas']['Problem'];

/** An RFC 9457 problem from a service, with the fields it names. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: { field: string; message: string }[] = [],
    readonly body: Partial<Problem> & Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

/** The refused answer as an ApiProblem; a 401 also ends the session and sends the user to the login page. */
async function alsProbleem(response: Response): Promise<ApiProblem> {
  if (response.status === 401) {
    vergeetToken();
    window.location.assign('/inloggen');
  }
  let problem: ApiProblem['body'];
  try {
    problem = JSON.parse(await response.text()) as ApiProblem['body'];
  } catch {
    problem = { title: response.statusText };
  }
  return new ApiProblem(response.status, problem.title ?? response.statusText, problem.detail, problem.errors, problem);
}

/** What every request of the portaal carries, and how every refusal reaches the pages: thrown as an ApiProblem. */
const portaalVerzoek: Middleware = {
  onRequest({ request }) {
    const token = huidigToken();
    request.headers.set('Accept', 'application/json, application/problem+json');
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  async onResponse({ response }) {
    if (!response.ok) throw await alsProbleem(response);
  },
};

/** A typed client of one service through the portaal's proxy (/api/<dienst>/… is the service's /api/v1/…). */
function clientVan<Paden extends object>(dienst: Dienst) {
  const client = createClient<Paden>({ baseUrl: `/api/${dienst}` });
  client.use(portaalVerzoek);
  return client;
}

export const intakeApi = clientVan<IntakePaden>('intake');
export const trajectenApi = clientVan<TrajectenPaden>('trajecten');
export const werkgeversApi = clientVan<WerkgeversPaden>('werkgevers');
export const subsidiesApi = clientVan<SubsidiesPaden>('subsidies');

/** The body of a successful answer: a refusal never gets here, the client threw it as an ApiProblem. */
export async function gegevens<A extends { data?: unknown }>(antwoord: Promise<A>): Promise<NonNullable<A['data']>> {
  return (await antwoord).data as NonNullable<A['data']>;
}

/** Hands a file a service sent (read with `parseAs: 'blob'`) to the browser under the name the service gives it. */
export async function download(
  antwoord: Promise<{ data?: Blob; response: Response }>,
  standaardNaam: string,
): Promise<void> {
  const { data, response } = await antwoord;
  const naam = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? standaardNaam;
  const url = URL.createObjectURL(data ?? new Blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = naam;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
