export { rangschikKandidaten } from './rangschik-kandidaten';
export type { GerangschikteKandidaat, Kandidaat } from './rangschik-kandidaten';
export { pseudoniem } from './pseudoniem';
export { magProfielZien } from './profiel-zichtbaarheid';
