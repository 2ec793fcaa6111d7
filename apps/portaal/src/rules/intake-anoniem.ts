import type { components } from '../api/generated/intake';
import type { Formulierregels } from './formulier';
import { gemeentecodeFout, naamFout } from './waarden';

type Verzoek = components['schemas']['RegistreerAanmeldingRequest'];
export type AnoniemVerzoek = Extract<Verzoek, { anoniem: true }>;

/** The channels where a person may orient anonymously (low threshold: a chosen name and optional contact only). */
export const ANONIEME_KANALEN = ['talentperron', 'evenement'] as const;
export const anoniemMogelijk = (kanaal: string) => (ANONIEME_KANALEN as readonly string[]).includes(kanaal);

/** Anonymous only where that is offered: a tick left from another channel does not count. */
export const isAnoniem = (i: { anoniem: boolean; kanaal: string }) => i.anoniem && anoniemMogelijk(i.kanaal);

/** What the anonymous part of the form adds to the intake form's input. */
export interface AnoniemInvoer {
  kanaal: string;
  anoniem: boolean;
  roepnaam: string;
  gemeentecode: string;
  email: string;
  telefoon: string;
}

/** The identity fields an anonymous person does not give: their checks are skipped then. */
const ALLEEN_BEKEND = ['bsn', 'voornaam', 'achternaam', 'geboortedatum', 'postcode', 'huisnummer'];

/**
 * The intake checks with anonymous orientation: without identity, the roepnaam is required and the gemeente
 * optional (intake then takes the registering gemeente's).
 */
export function metAnoniem<T extends AnoniemInvoer, V extends string>(
  controles: Formulierregels<T, V>['controles'],
): Formulierregels<T, V>['controles'] {
  const bekend = controles as Record<string, (i: T, vandaag: string) => string | undefined>;
  const aangepast = Object.fromEntries(
    Object.entries(controles).map(([veld, controle]) => [
      veld,
      ALLEEN_BEKEND.includes(veld)
        ? (i: T, vandaag: string) => (isAnoniem(i) ? undefined : (controle as (i: T, v: string) => string)(i, vandaag))
        : controle,
    ]),
  ) as Formulierregels<T, V>['controles'];
  // Spread first, then the keys already there are replaced in place: the error summary keeps the screen's order.
  return {
    ...aangepast,
    roepnaam: (i: T) =>
      isAnoniem(i) ? naamFout(i.roepnaam, 'de naam waarmee de inwoner aangesproken wil worden') : undefined,
    gemeentecode: (i: T, vandaag: string) =>
      isAnoniem(i)
        ? i.gemeentecode.trim()
          ? gemeentecodeFout(i.gemeentecode)
          : undefined
        : bekend.gemeentecode?.(i, vandaag),
  };
}

/** The anonymous inwoner of POST /aanmeldingen: the chosen name, and contact and gemeente only when given. */
export function anoniemeInwoner(i: AnoniemInvoer): AnoniemVerzoek['inwoner'] {
  const email = i.email.trim();
  const telefoon = i.telefoon.trim();
  const gemeentecode = i.gemeentecode.trim().toUpperCase();
  return {
    roepnaam: i.roepnaam.trim(),
    ...(email || telefoon ? { contact: { ...(email ? { email } : {}), ...(telefoon ? { telefoon } : {}) } } : {}),
    ...(gemeentecode ? { gemeentecode } : {}),
  };
}

export const anoniemKanaal = (kanaal: string) => kanaal as AnoniemVerzoek['kanaal'];
