export { AFSPRAAKBAAN_UREN, afspraakbaanEenheden } from './afspraakbanen';
export { overlaptPeriode } from './periode';
