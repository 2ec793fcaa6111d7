export { AFSPRAAKBAAN_UREN, afspraakbaanEenheden } from './afspraakbanen';
export { overlaptPeriode } from './periode';
export { urenInHonderdsten } from './uren-in-honderdsten';
export { geldendeAfspraakbanenBasis, GEEN_AFSPRAAKBANEN_BASIS } from './afspraakbanen-basis';
export type { VastgesteldeBasis } from './afspraakbanen-basis';
