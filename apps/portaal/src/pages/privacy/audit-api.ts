import { type Dienst, gegevens, intakeApi, subsidiesApi, trajectenApi, werkgeversApi } from '../../api/client';
import type { components } from '../../api/generated/trajecten';

export type AuditRegel = components['schemas']['AuditPagina']['items'][number];
export type OngebruikelijkRapport = components['schemas']['OngebruikelijkRapport'];
/** One question to every service's trail: a person, or a user, over a period (local days, inclusive). */
export type AuditVraag = { inwonerId?: string; gebruiker?: string; van: string; tot: string };
type Pagina = components['schemas']['AuditPagina'];
type Query = AuditVraag & { pagina: number; paginagrootte: number };

export const DIENSTEN: readonly Dienst[] = ['intake', 'trajecten', 'werkgevers', 'subsidies'];
export const DIENST_NAMEN: Record<Dienst, string> = {
  intake: 'Intake',
  trajecten: 'Trajecten',
  werkgevers: 'Werkgevers',
  subsidies: 'Subsidies',
};

// The same operation in every service; each client knows its own document's paths.
const AUDIT: Record<Dienst, (query: Query, signal: AbortSignal) => Promise<Pagina>> = {
  intake: (query, signal) => gegevens(intakeApi.GET('/audit', { params: { query }, signal })),
  trajecten: (query, signal) => gegevens(trajectenApi.GET('/audit', { params: { query }, signal })),
  werkgevers: (query, signal) => gegevens(werkgeversApi.GET('/audit', { params: { query }, signal })),
  subsidies: (query, signal) => gegevens(subsidiesApi.GET('/audit', { params: { query }, signal })),
};
const ONGEBRUIKELIJK: Record<Dienst, (datum: string, signal: AbortSignal) => Promise<OngebruikelijkRapport>> = {
  intake: (datum, signal) => gegevens(intakeApi.GET('/audit/ongebruikelijk', { params: { query: { datum } }, signal })),
  trajecten: (datum, signal) =>
    gegevens(trajectenApi.GET('/audit/ongebruikelijk', { params: { query: { datum } }, signal })),
  werkgevers: (datum, signal) =>
    gegevens(werkgeversApi.GET('/audit/ongebruikelijk', { params: { query: { datum } }, signal })),
  subsidies: (datum, signal) =>
    gegevens(subsidiesApi.GET('/audit/ongebruikelijk', { params: { query: { datum } }, signal })),
};

/** The largest page a service answers, and how many rows per service the screen fetches before it says "more". */
const PAGINAGROOTTE = 200;
export const MAX_REGELS_PER_DIENST = 2_000;

export interface DienstAntwoord<T> {
  dienst: Dienst;
  /** Absent when the service did not answer; then `fout` says why. */
  data?: T;
  fout?: Error;
}

/** Asks every service at once; one that fails is reported beside the others' answers, never left out silently. */
export async function vraagAlleDiensten<T>(vraag: (dienst: Dienst) => Promise<T>): Promise<DienstAntwoord<T>[]> {
  const uitkomsten = await Promise.allSettled(DIENSTEN.map(vraag));
  return uitkomsten.map((u, i) =>
    u.status === 'fulfilled'
      ? { dienst: DIENSTEN[i], data: u.value }
      : { dienst: DIENSTEN[i], fout: u.reason as Error },
  );
}

/**
 * One service's rows, page after page of the largest size up to MAX_REGELS_PER_DIENST: `vraag` asks one page;
 * `totaal` says how many there are.
 */
export async function paginaNaPagina<T>(
  vraag: (pagina: { pagina: number; paginagrootte: number }) => Promise<{ items: T[]; totaal: number }>,
): Promise<{ items: T[]; totaal: number }> {
  const items: T[] = [];
  for (let pagina = 1; ; pagina++) {
    const p = await vraag({ pagina, paginagrootte: PAGINAGROOTTE });
    items.push(...p.items);
    if (p.items.length < PAGINAGROOTTE || items.length >= Math.min(p.totaal, MAX_REGELS_PER_DIENST))
      return { items, totaal: p.totaal };
  }
}

async function trailVan(dienst: Dienst, vraag: AuditVraag, signal: AbortSignal) {
  const { items, totaal } = await paginaNaPagina((pagina) => AUDIT[dienst]({ ...vraag, ...pagina }, signal));
  return { regels: items, totaal };
}

export type Trail = DienstAntwoord<{ regels: AuditRegel[]; totaal: number }>[];

export const zoekTrail = (vraag: AuditVraag, signal: AbortSignal): Promise<Trail> =>
  vraagAlleDiensten((dienst) => trailVan(dienst, vraag, signal));

export const ongebruikelijkLezen = (datum: string, signal: AbortSignal) =>
  vraagAlleDiensten((dienst) => ONGEBRUIKELIJK[dienst](datum, signal));

/** Every service's rows in one list, latest first, each marked with the service it came from. */
export function samengevoegd(trail: Trail): (AuditRegel & { dienst: Dienst })[] {
  return trail
    .flatMap((t) => (t.data?.regels ?? []).map((r) => ({ ...r, dienst: t.dienst })))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.dienst.localeCompare(b.dienst));
}
