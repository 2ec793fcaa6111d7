export { rangschikKandidaten } from './rangschik-kandidaten';
export type { GerangschikteKandidaat, Kandidaat } from './rangschik-kandidaten';
export { pseudoniem } from './pseudoniem';
export { geldtVoorVacature, magProfielZien, toestemmingsmoment } from './profiel-zichtbaarheid';
export type { ProfielGate, ToestemmingStand } from './profiel-zichtbaarheid';
