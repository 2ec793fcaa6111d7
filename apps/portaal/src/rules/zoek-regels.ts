import type { Formulierregels } from './formulier';
import { bsnFout, bsnOpgeschoond, datumAlsIso, geboortedatumFout, naamFout, verplichtFout } from './waarden';

/**
 * Finding an inwoner: intake accepts either a BSN, or a surname with a birth date (never a mix), so the form asks
 * which of the two first and checks only those fields.
 */
export interface ZoekInvoer {
  zoekenOp: 'bsn' | 'naam';
  bsn: string;
  achternaam: string;
  geboortedatum: string;
}
export type ZoekVeld = keyof ZoekInvoer;

export const legeZoekvraag = (): ZoekInvoer => ({ zoekenOp: 'bsn', bsn: '', achternaam: '', geboortedatum: '' });

export const ZOEK_REGELS: Formulierregels<ZoekInvoer, ZoekVeld> = {
  // The search body uses the same names as the form.
  padVan: (veld) => veld,
  controles: {
    zoekenOp: () => undefined,
    bsn: (z) => (z.zoekenOp === 'bsn' ? (verplichtFout(z.bsn, 'het BSN') ?? bsnFout(z.bsn)) : undefined),
    achternaam: (z) => (z.zoekenOp === 'naam' ? naamFout(z.achternaam, 'de achternaam') : undefined),
    geboortedatum: (z, vandaag) => (z.zoekenOp === 'naam' ? geboortedatumFout(z.geboortedatum, vandaag) : undefined),
  },
};

export type Zoekvraag = { bsn: string } | { achternaam: string; geboortedatum: string };

/** The body for POST /inwoners/_zoek from a form that passed ZOEK_REGELS. */
export function alsZoekvraag(z: ZoekInvoer): Zoekvraag {
  return z.zoekenOp === 'bsn'
    ? { bsn: bsnOpgeschoond(z.bsn) }
    : { achternaam: z.achternaam.trim(), geboortedatum: datumAlsIso(z.geboortedatum) ?? '' };
}
