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
/** The target and/or starting balance beheer set that applies to a figure (the gemeente's before the region's). */
export interface Streefwaarde {
  sleutel: 'inwoners-een-stap-vooruit' | 'kansrijk-opleiden' | 'plaatsingen' | 'duurzame-plaatsingen' | 'afspraakbanen';
  gemeentecode: string | null;
  geldigVanaf: string;
  basisdatum: string | null;
  beginstand: number | null;
  doel: number | null;
  doelEenheden: number | null;
}
export interface DoelgroepCijfers {
  doelgroep: string;
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  kansrijkOpleiden: number;
  plaatsingen: number;
}
export interface ProjectCijfers {
  soort: string;
  personenGestart: number;
  personenBehaald: number;
}
export interface Afspraakbanen {
  basisdatum: string | null;
  banen: number;
  eenheden: number;
  beginstand: number;
  doel: number | null;
  doelEenheden: number | null;
}
/** The fields since issue 15 are optional, so a monitor not yet upgraded still shows its figures. */
export interface Monitor extends Cijfers {
  doel: number;
  perMaand: Maand[];
  /** The version of the counting rules these figures follow. */
  definitieVersie?: number;
  /** Completed Kansrijk Opleiden courses; kansrijkOpleiden counts the persons. */
  kansrijkOpleidenActiviteiten?: number;
  perDoelgroep?: DoelgroepCijfers[];
  perProject?: ProjectCijfers[];
  afspraakbanen?: Afspraakbanen;
  streefwaarden?: Streefwaarde[];
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
  const params = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => Boolean(e[1])));
  return params.size ? `?${params}` : '';
};

/** The monitor for the filter, and the same period per gemeente (the gemeente filter does not apply to that one). */
export async function laadMonitor(
  filter: Filter,
  signal: AbortSignal,
): Promise<{ monitor: Monitor; gemeenten: Gemeente[] }> {
  const [monitor, { items }] = await Promise.all([
    api<Monitor>('trajecten', `/monitor${query(filter)}`, { signal }),
    api<{ items: Gemeente[] }>('trajecten', `/monitor/gemeenten${query({ van: filter.van, tot: filter.tot })}`, {
      signal,
    }),
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
