import type { Streefwaarde } from '../dashboard/monitor-api';

/** A target or starting balance as beheer set it, with who and when (trajecten keeps every one: append-only). */
export interface VastgesteldeStreefwaarde extends Streefwaarde {
  id: string;
  beginstandEenheden: number | null;
  vastgesteldDoor: string;
  vastgesteldOp: string;
}

export const STREEFWAARDE_NAMEN: Record<Streefwaarde['sleutel'], string> = {
  'inwoners-een-stap-vooruit': 'Inwoners een stap vooruit',
  'kansrijk-opleiden': 'Kansrijk Opleiden',
  plaatsingen: 'Plaatsingen',
  'duurzame-plaatsingen': 'Duurzame plaatsingen',
  afspraakbanen: 'Afspraakbanen',
};

/** A skill of the vocabulary werkgevers matches on, with the other words that stand for it. */
export interface Skill {
  code: string;
  label: string;
  synoniemen: string[];
}

const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});
export const alsTijdstip = (iso: string) => tijdstip.format(new Date(iso));
