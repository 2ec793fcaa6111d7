// Builders for the ESF+ result specs: one participant's facts after entry, changed per case.
import type { AfsluitReden } from '@wiz/contracts';
import type { Deelnemersverloop, Plaatsing } from './deelnemersverloop';

export const TRAJECT = 'c0000000-0000-4000-8000-0000000000c1';
export const PLAATSING = 'd0000000-0000-4000-8000-0000000000d1';

/** Left on `uitstroomOp` (reden anders unless given; null = reason unknown) from the one traject the register knows. */
export function verloop(
  uitstroomOp: string,
  wijziging: Partial<Deelnemersverloop> = {},
  reden: AfsluitReden | null = 'anders',
): Deelnemersverloop {
  return {
    trajecten: [{ trajectId: TRAJECT, gestartOp: '2025-09-01' }],
    afsluitingen: [{ trajectId: TRAJECT, datum: uitstroomOp, ...(reden ? { reden } : {}) }],
    plaatsingen: [],
    urenwijzigingen: [],
    duurzaamheidschecks: [],
    kwalificaties: [],
    ...wijziging,
  };
}

export function plaatsing(startdatum: string, wijziging: Partial<Plaatsing> = {}): Plaatsing {
  return { plaatsingId: PLAATSING, startdatum, urenPerWeek: 12, contractvorm: 'tijdelijk', ...wijziging };
}
