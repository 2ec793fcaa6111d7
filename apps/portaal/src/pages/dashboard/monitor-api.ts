import { gegevens, trajectenApi } from '../../api/client';
import type { components } from '../../api/generated/trajecten';

export const STAPPEN = ['orienteren', 'begeleiden', 'ontwikkelen', 'scholen', 'matchen'] as const;
export const STAP_NAMEN: Record<(typeof STAPPEN)[number], string> = {
  orienteren: 'Oriënteren',
  begeleiden: 'Begeleiden',
  ontwikkelen: 'Ontwikkelen',
  scholen: 'Scholen',
  matchen: 'Matchen',
};

/** The monitor's answers, as trajecten's OpenAPI document describes them. */
export type Monitor = components['schemas']['MonitorCijfers'];
export type Streefwaarde = Monitor['streefwaarden'][number];
export type Gemeente = components['schemas']['MonitorPerGemeente']['items'][number];

export interface Filter {
  van: string;
  tot: string;
  gemeentecode: string;
}

/** The filter as query parameters: an empty field is no filter. */
const zonderLeeg = (f: Partial<Filter>) =>
  Object.fromEntries(Object.entries(f).filter((e) => Boolean(e[1]))) as Partial<Filter>;

/** The monitor for the filter, and the same period per gemeente (the gemeente filter does not apply to that one). */
export async function laadMonitor(
  filter: Filter,
  signal: AbortSignal,
): Promise<{ monitor: Monitor; gemeenten: Gemeente[] }> {
  const { van, tot } = filter;
  const [monitor, { items }] = await Promise.all([
    gegevens(trajectenApi.GET('/monitor', { params: { query: zonderLeeg(filter) }, signal })),
    gegevens(trajectenApi.GET('/monitor/gemeenten', { params: { query: zonderLeeg({ van, tot }) }, signal })),
  ]);
  return { monitor, gemeenten: items };
}

/** Names of the region's gemeenten; an unknown code is shown as itself. */
const GEMEENTEN: Record<string, string> = {
  GM0014: 'Groningen',
  GM0037: 'Stadskanaal',
  GM0047: 'Veendam',
  GM0114: 'Emmen',
  GM0765: 'Pekela',
  GM1950: 'Westerwolde',
  GM1952: 'Midden-Groningen',
  GM1966: 'Het Hogeland',
  GM1969: 'Westerkwartier',
  GM1979: 'Eemsdelta',
};
export const gemeentenaam = (code: string) => (GEMEENTEN[code] ? `${GEMEENTEN[code]}` : code);
export const BEKENDE_GEMEENTEN = Object.entries(GEMEENTEN).map(([waarde, naam]) => ({
  waarde,
  tekst: `${naam} (${waarde})`,
}));
