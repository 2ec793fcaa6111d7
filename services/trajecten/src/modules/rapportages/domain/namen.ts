import type { ActiviteitSoort, Stap, StreefwaardeSleutel } from '@wiz/contracts';

export { DOELGROEP_NAMEN } from '@wiz/contracts';
import type { MonitorCijfers } from '../../monitor/domain/monitor-cijfers.type';

/** The Dutch names a council member reads instead of the API's codes. */
export const STAP_NAMEN: Record<Stap, string> = {
  orienteren: 'Oriënteren',
  begeleiden: 'Begeleiden',
  ontwikkelen: 'Ontwikkelen',
  scholen: 'Scholen',
  matchen: 'Matchen',
};

export const PROJECT_NAMEN: Record<ActiviteitSoort, string> = {
  'kansrijk-opleiden': 'Kansrijk Opleiden',
  werkfit: 'Werkfit',
  loopbaanadvies: 'Loopbaanadvies',
  leerwerkloket: 'Leerwerkloket',
  praktijkverklaring: 'Praktijkverklaring',
  'route-arbeid': 'Route Arbeid',
  'route-entree': 'Route Entree',
  ontwikkelcentrum: 'Ontwikkelcentrum',
  taal: 'Taal',
  ondernemersadvies: 'Ondernemersadvies',
};

/** The target beheer set for a figure, as the monitor found it applicable; null when there is none. */
export function doelVan(c: MonitorCijfers, sleutel: StreefwaardeSleutel): number | null {
  return c.streefwaarden.find((s) => s.sleutel === sleutel)?.doel ?? null;
}
