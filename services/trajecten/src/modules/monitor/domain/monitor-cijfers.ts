import { STAPPEN, type Stap } from '@wiz/contracts';

/** The counter figures of one group (a month, a gemeente, or everything), from counters by metriek. */
export function cijfers(aantal: (metriek: string) => number) {
  return {
    inwonersEenStapVooruit: aantal('vooruit'),
    gestarteTrajecten: aantal('gestart'),
    perStap: Object.fromEntries(STAPPEN.map((s) => [s, aantal(`vooruit:${s}`)])) as Record<Stap, number>,
    plaatsingen: aantal('plaatsing'),
    duurzamePlaatsingen: aantal('duurzame-plaatsing'),
  };
}

/** Groups counters `{ groep, metriek, aantal }` by their group, each group as a lookup by metriek. */
export function perGroep(
  tellingen: readonly { groep: string; metriek: string; aantal: number }[],
): Map<string, (metriek: string) => number> {
  const groepen = new Map<string, Map<string, number>>();
  for (const t of tellingen) {
    const groep = groepen.get(t.groep) ?? new Map<string, number>();
    groep.set(t.metriek, (groep.get(t.metriek) ?? 0) + t.aantal);
    groepen.set(t.groep, groep);
  }
  return new Map([...groepen].map(([g, m]) => [g, (metriek: string) => m.get(metriek) ?? 0]));
}

/** All groups together. */
export function totaal(tellingen: readonly { metriek: string; aantal: number }[]): (metriek: string) => number {
  const som = new Map<string, number>();
  for (const t of tellingen) som.set(t.metriek, (som.get(t.metriek) ?? 0) + t.aantal);
  return (metriek) => som.get(metriek) ?? 0;
}
