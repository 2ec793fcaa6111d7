import { api } from '../../api/client';

export const STAPPEN = ['orienteren', 'begeleiden', 'ontwikkelen', 'scholen', 'matchen'] as const;
export const STAP_NAMEN: Record<(typeof STAPPEN)[number], string> = {
  orienteren: 'Oriënteren',
  begeleiden: 'Begeleiden',
  ontwikkelen: 'Ontwikkelen',
  scholen: 'Scholen',
  matchen: 'Matchen',
};

export interface Cijfers {
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  perStap: Record<(typeof STAPPEN)[number], number>;
  kansrijkOpleiden: number;
  plaatsingen: number;
  duurzamePlaatsingen: number;
}
export interface Maand {
  maand: string;
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  plaatsingen: number;
  duurzamePlaatsingen: number;
  kansrijkOpleiden?: number;
}
export interface Monitor extends Cijfers {
  doel: number;
  perMaand: Maand[];
}
export interface Gemeente extends Cijfers {
  gemeentecode: string;
}

export interface Filter {
  van: string;
  tot: string;
  gemeentecode: string;
}

const query = (f: Partial<Filter>) => {
  const params = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
  return params.size ? `?${params}` : '';
};

/** The monitor for the filter, and the same period per gemeente (the gemeente filter does not apply to that one). */
export async function laadMonitor(filter: Filter, signal: AbortSignal): Promise<{ monitor: Monitor; gemeenten: Gemeente[] }> {
  const [monitor, { items }] = await Promise.all([
    api<Monitor>('trajecten', `/monitor${query(filter)}`, { signal }),
    api<{ items: Gemeente[] }>('trajecten', `/monitor/gemeenten${query({ van: filter.van, tot: filter.tot })}`, { signal }),
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
export const BEKENDE_GEMEENTEN = Object.entries(GEMEENTEN).map(([waarde, naam]) => ({ waarde, tekst: `${naam} (${waarde})` }));
