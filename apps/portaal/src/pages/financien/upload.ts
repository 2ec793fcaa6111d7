import { ApiProblem } from '../../api/client';
import { huidigToken } from '../../auth/session';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sends a CSV or XLSX file as the raw request body, as the import endpoint wants it. The shared API client only
 * sends JSON or multipart bodies, so this one call goes through fetch itself; refusals become an ApiProblem.
 */
export async function uploadBestand<T>(pad: string, bestand: File): Promise<T> {
  const token = huidigToken();
  const response = await fetch(`/api/subsidies${pad}`, {
    method: 'POST',
    headers: {
      Accept: 'application/json, application/problem+json',
      'Content-Type': bestand.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: bestand,
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return body as T;
  throw new ApiProblem(response.status, String(body.title ?? response.statusText), body.detail as string | undefined, (body.errors as ApiProblem['errors']) ?? [], body);
}
