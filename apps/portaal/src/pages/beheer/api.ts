import { REGIO_TIJDZONE } from '@wiz/contracts/browser';
import type { components } from '../../api/generated/trajecten';

/** The figures beheer can set a target or starting balance for. */
type Sleutel = components['schemas']['Streefwaarde']['sleutel'];

export const STREEFWAARDE_NAMEN: Record<Sleutel, string> = {
  'inwoners-een-stap-vooruit': 'Inwoners een stap vooruit',
  'kansrijk-opleiden': 'Kansrijk Opleiden',
  plaatsingen: 'Plaatsingen',
  'duurzame-plaatsingen': 'Duurzame plaatsingen',
  afspraakbanen: 'Afspraakbanen',
};

const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: REGIO_TIJDZONE,
});
export const alsTijdstip = (iso: string) => tijdstip.format(new Date(iso));
