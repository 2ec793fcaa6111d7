import { dagVanUtcMiddernacht } from '@wiz/contracts';

/**
 * Splits an inclusive period of days into the whole months inside it and the loose days at its edges, so the
 * monitor sums monthly counters for the bulk and daily counters only at the edges.
 */
export interface PeriodeDelen {
  heleMaanden: { van: string; tot: string } | null; // first days of the first and last whole month
  losseDagen: { van: string; tot: string }[];
}

const dag = dagVanUtcMiddernacht;
const eersteVanMaand = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const laatsteVanMaand = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
const plusDagen = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export function deelPeriode(van: string, tot: string): PeriodeDelen {
  const v = new Date(`${van}T00:00:00Z`);
  const t = new Date(`${tot}T00:00:00Z`);
  const eersteHele = dag(v) === dag(eersteVanMaand(v)) ? v : plusDagen(laatsteVanMaand(v), 1);
  const laatsteHeleEinde = dag(t) === dag(laatsteVanMaand(t)) ? t : plusDagen(eersteVanMaand(t), -1);
  if (eersteHele > laatsteHeleEinde) return { heleMaanden: null, losseDagen: [{ van, tot }] };
  const losseDagen = [];
  if (eersteHele > v) losseDagen.push({ van, tot: dag(plusDagen(eersteHele, -1)) });
  if (laatsteHeleEinde < t) losseDagen.push({ van: dag(plusDagen(laatsteHeleEinde, 1)), tot });
  return { heleMaanden: { van: dag(eersteHele), tot: dag(eersteVanMaand(laatsteHeleEinde)) }, losseDagen };
}
