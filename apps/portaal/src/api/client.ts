import { huidigToken, vergeetToken } from '../auth/session';

export type Dienst = 'intake' | 'trajecten' | 'werkgevers' | 'subsidies';

/** An RFC 9457 problem from a service, with the fields it names. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: { field: string; message: string }[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }
}

export interface Verzoek {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function verstuur(dienst: Dienst, pad: string, verzoek: Verzoek): Promise<Response> {
  const token = huidigToken();
  // FormData and files (Blob) go as they are: the browser sets multipart boundaries, a file keeps its own bytes.
  const isForm = verzoek.body instanceof FormData || verzoek.body instanceof Blob;
  const response = await fetch(`/api/${dienst}${pad}`, {
    method: verzoek.method ?? (verzoek.body === undefined ? 'GET' : 'POST'),
    headers: {
      Accept: 'application/json, application/problem+json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(verzoek.body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
      ...verzoek.headers,
    },
    body: verzoek.body === undefined ? undefined : isForm ? (verzoek.body as BodyInit) : JSON.stringify(verzoek.body),
    signal: verzoek.signal,
  });
  if (response.ok) return response;
  if (response.status === 401) {
    vergeetToken();
    window.location.assign('/inloggen');
  }
  const text = await response.text();
  let problem: Record<string, unknown> = {};
  try {
    problem = JSON.parse(text) as Record<string, unknown>;
  } catch {
    problem = { title: response.statusText };
  }
  throw new ApiProblem(
    response.status,
    String(problem.title ?? response.statusText),
    problem.detail as string | undefined,
    (problem.errors as ApiProblem['errors']) ?? [],
    problem,
  );
}

/** Calls a service through the portaal's proxy (/api/<dienst>/… is the service's /api/v1/…) and reads its JSON. */
export async function api<T>(dienst: Dienst, pad: string, verzoek: Verzoek = {}): Promise<T> {
  const response = await verstuur(dienst, pad, verzoek);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Like `api`, but also returns the response headers (ETag for If-Match). */
export async function apiMetHeaders<T>(
  dienst: Dienst,
  pad: string,
  verzoek: Verzoek = {},
): Promise<{ data: T; headers: Headers }> {
  const response = await verstuur(dienst, pad, verzoek);
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

/** Downloads a file from a service and hands it to the browser under the name the service gives it. */
export async function download(dienst: Dienst, pad: string, standaardNaam: string): Promise<void> {
  const response = await verstuur(dienst, pad, {});
  const naam = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? standaardNaam;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = naam;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
