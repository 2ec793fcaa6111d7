import type { ActiviteitResultaat, ActiviteitSoort, AfsluitReden, Stap } from '@wiz/contracts/browser';
import type { NotitieSoort, OpvolgingSoort, OpvolgingStatus, PlanStatus } from './api';

/** The Dutch words the consulent sees for the service's values; typed by the enums so none is forgotten. */
export const STAP_NAMEN: Record<Stap, string> = {
  orienteren: 'Oriënteren',
  begeleiden: 'Begeleiden',
  ontwikkelen: 'Ontwikkelen',
  scholen: 'Scholen',
  matchen: 'Matchen',
};

export const ACTIVITEIT_NAMEN: Record<ActiviteitSoort, string> = {
  'kansrijk-opleiden': 'Kansrijk Opleiden',
  werkfit: 'Werkfittraject (Kansrijk Talent)',
  loopbaanadvies: 'Loopbaanadvies',
  leerwerkloket: 'Leerwerkloket (keuzeadvies)',
  praktijkverklaring: 'Praktijkverklaring',
  'route-arbeid': 'Route Arbeid',
  'route-entree': 'Route Entree',
  ontwikkelcentrum: 'WIZ-Ontwikkelcentrum',
  taal: 'Taal en vaardigheden',
  ondernemersadvies: 'Ondernemersadvies (zzp)',
};

export const RESULTAAT_NAMEN: Record<ActiviteitResultaat, string> = {
  behaald: 'Behaald',
  'niet-behaald': 'Niet behaald',
  afgebroken: 'Afgebroken',
};

export const AFSLUIT_NAMEN: Record<AfsluitReden, string> = {
  werk: 'Aan het werk',
  scholing: 'Naar een opleiding',
  verhuisd: 'Verhuisd',
  'geen-medewerking': 'Geen medewerking',
  overleden: 'Overleden',
  anders: 'Andere reden',
};

/** The six rungs of the participatieladder, 1 to 6. */
export const LADDER_NAMEN: Record<number, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buiten de deur',
  3: 'Deelname aan georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

export const OPVOLGING_NAMEN: Record<OpvolgingSoort, string> = {
  contactmoment: 'Contactmoment',
  stilstand: 'Traject staat stil',
  duurzaamheidscheck: 'Duurzaamheidscheck',
};
export const OPVOLGING_STATUS_NAMEN: Record<OpvolgingStatus, string> = {
  gepland: 'Gepland',
  open: 'Open',
  afgehandeld: 'Afgehandeld',
  vervallen: 'Vervallen',
};

export const NOTITIE_NAMEN: Record<NotitieSoort, string> = {
  gesprek: 'Gesprek',
  afspraak: 'Afspraak',
  signaal: 'Signaal',
};

export const PLAN_STATUS_NAMEN: Record<PlanStatus, string> = {
  open: 'Open',
  bezig: 'Bezig',
  behaald: 'Behaald',
  vervallen: 'Vervallen',
};

/** Options for a Keuzelijst from one of the maps above. */
export const opties = (namen: Record<string | number, string>) =>
  Object.entries(namen).map(([waarde, tekst]) => ({ waarde, tekst }));

/** The traject's short name: persons' names live in intake, so the consulent sees a stable reference. */
export const trajectNaam = (id: string) => `Traject ${id.slice(0, 8)}`;
