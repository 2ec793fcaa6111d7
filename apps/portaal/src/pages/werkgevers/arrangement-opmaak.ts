import { alsDatum } from '../../components/opmaak';
import type { Arrangement } from './typen';

/** Dutch names of the kinds of arrangement (POST /arrangementen `soort`). */
const SOORT_NAMEN: Record<string, string> = {
  'kansrijk-opleiden': 'Kansrijk Opleiden',
  werkfit: 'Werkfit',
  praktijkleren: 'Praktijkleren',
  'open-hiring': 'Open Hiring',
  sroi: 'SROI',
};

export const soortNaam = (soort: string) => SOORT_NAMEN[soort] ?? soort;
export const periode = (a: Arrangement) => `${alsDatum(a.startdatum)} tot en met ${alsDatum(a.einddatum)}`;
/** "1 van 3 plaatsen bezet": the placements in it that have not ended, against its places. */
export const bezetting = (a: Pick<Arrangement, 'bezet' | 'plaatsen'>) => `${a.bezet} van ${a.plaatsen} plaatsen bezet`;
