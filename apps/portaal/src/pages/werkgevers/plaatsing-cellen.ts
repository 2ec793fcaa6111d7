import { alsDatum } from '../../components/opmaak';
import { tekstVan } from './keuzelijsten';
import type { Keuze, Plaatsing } from './typen';

const DOELGROEP_STATUS = {
  bevestigd: 'bevestigd',
  afgeleid: 'afgeleid uit de intake',
  onbevestigd: 'doelgroep onbevestigd',
} as const;

export const status = (p: Pick<Plaatsing, 'einddatum' | 'eindReden'>) =>
  p.einddatum ? `Beëindigd op ${alsDatum(p.einddatum)}${p.eindReden ? ` (${p.eindReden})` : ''}` : 'Loopt';

/** The hours in force today, with the hours at the start beside them once they differ. */
export const uren = (p: Plaatsing) => {
  const nu = p.actueleUrenPerWeek ?? p.urenPerWeek;
  return nu === p.urenPerWeek
    ? nu.toLocaleString('nl-NL')
    : `${nu.toLocaleString('nl-NL')} (bij start ${p.urenPerWeek.toLocaleString('nl-NL')})`;
};

/** Whether the placement counts for SROI, and at which doelgroep with how sure that is. */
export function sroi(p: Plaatsing, doelgroepen: Keuze[] | undefined) {
  if (!p.sroiVerplichtingId) return 'Nee';
  const zeker = p.sroiDoelgroepStatus ? DOELGROEP_STATUS[p.sroiDoelgroepStatus] : undefined;
  return ['Ja', p.sroiDoelgroep && tekstVan(doelgroepen, p.sroiDoelgroep), zeker].filter(Boolean).join(', ');
}
