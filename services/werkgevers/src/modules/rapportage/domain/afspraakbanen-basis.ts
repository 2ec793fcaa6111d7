import type { AfspraakbanenBasis } from '@wiz/contracts';

/**
 * Until beheer sets a basis, the running total starts at 0 from a date before any placement this system holds
 * (1900-01-01): every afspraakbaan placement ever recorded counts.
 */
export const GEEN_AFSPRAAKBANEN_BASIS: Readonly<AfspraakbanenBasis> = Object.freeze({ basisdatum: '1900-01-01', beginstand: 0, beginstandEenheden: 0 });

export interface VastgesteldeBasis {
  basisdatum: string | null;
  beginstand: number | null;
  beginstandEenheden: number | null;
  doel: number | null;
  doelEenheden: number | null;
}

/** The basis in force, with what beheer left out taken from the default (a basis may set only a target). */
export function afspraakbanenBasis(vastgesteld: VastgesteldeBasis | null): AfspraakbanenBasis {
  if (!vastgesteld) return { ...GEEN_AFSPRAAKBANEN_BASIS };
  return {
    basisdatum: vastgesteld.basisdatum ?? GEEN_AFSPRAAKBANEN_BASIS.basisdatum,
    beginstand: vastgesteld.beginstand ?? 0,
    beginstandEenheden: vastgesteld.beginstandEenheden ?? 0,
    ...(vastgesteld.doel === null ? {} : { doel: vastgesteld.doel }),
    ...(vastgesteld.doelEenheden === null ? {} : { doelEenheden: vastgesteld.doelEenheden }),
  };
}
