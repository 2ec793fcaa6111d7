import { GEMEENTECODE_PATTERN, type Kanaal } from '@wiz/contracts';

/** Where someone may orient themselves without saying who they are (domain: "may be anonymous"). */
export const ANONIEME_KANALEN = ['talentperron', 'evenement'] as const satisfies readonly Kanaal[];

/** The Talentperron is in the gemeente Groningen: the default for a person who does not say where they live. */
export const TALENTPERRON_GEMEENTECODE = 'GM0014';

/**
 * The gemeente an anonymous person is routed to: the one they named, else the registering organisation when that is
 * a gemeente (its own front office or event), else the Talentperron's. Routing needs one for a gemeente route.
 */
export function gemeenteVoorAnoniem(genoemd: string | undefined, registrerendeOrganisatie: string): string {
  if (genoemd) return genoemd;
  return GEMEENTECODE_PATTERN.test(registrerendeOrganisatie) ? registrerendeOrganisatie : TALENTPERRON_GEMEENTECODE;
}
