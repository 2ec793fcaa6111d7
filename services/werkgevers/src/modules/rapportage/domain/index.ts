export { AFSPRAAKBAAN_UREN, afspraakbaanEenheden } from './afspraakbanen';
export { overlaptPeriode } from './periode';
export { urenInHonderdsten } from './uren-in-honderdsten';
