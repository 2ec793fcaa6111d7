export { AFSPRAAKBAAN_UREN, afspraakbaanEenheden } from './afspraakbanen';
export { overlaptPeriode } from './periode';
export { geldendeAfspraakbanenBasis, GEEN_AFSPRAAKBANEN_BASIS } from './afspraakbanen-basis';
export type { VastgesteldeBasis } from './afspraakbanen-basis';
