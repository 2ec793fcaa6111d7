import { geldendOp, type AfspraakbanenBasis } from '@wiz/contracts';

/**
 * Until beheer sets a basis, the running total starts at 0 from a date before any placement this system holds
 * (1900-01-01): every afspraakbaan placement ever recorded counts.
 */
export const GEEN_AFSPRAAKBANEN_BASIS: Readonly<AfspraakbanenBasis> = Object.freeze({
  basisdatum: '1900-01-01',
  beginstand: 0,
  beginstandEenheden: 0,
});

/** A region-wide afspraakbanen streefwaarde as beheer set it in trajecten (each field optional there). */
export interface VastgesteldeBasis {
  streefwaardeId: string;
  geldigVanaf: string;
  vastgesteldOp: string; // ISO timestamp
  basisdatum: string | null;
  beginstand: number | null;
  beginstandEenheden: number | null;
  doel: number | null;
  doelEenheden: number | null;
}

/**
 * The basis in force on `tot`: the one with the latest geldigVanaf on or before it, with what beheer left out taken
 * from the default (a streefwaarde may set only a target).
 */
export function geldendeAfspraakbanenBasis(vastgesteld: readonly VastgesteldeBasis[], tot: string): AfspraakbanenBasis {
  const v = geldendOp(vastgesteld, tot, (b) => b.streefwaardeId);
  if (!v) return { ...GEEN_AFSPRAAKBANEN_BASIS };
  return {
    basisdatum: v.basisdatum ?? GEEN_AFSPRAAKBANEN_BASIS.basisdatum,
    beginstand: v.beginstand ?? 0,
    beginstandEenheden: v.beginstandEenheden ?? 0,
    ...(v.doel === null ? {} : { doel: v.doel }),
    ...(v.doelEenheden === null ? {} : { doelEenheden: v.doelEenheden }),
  };
}
