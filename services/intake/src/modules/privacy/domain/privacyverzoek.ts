import { z } from 'zod';

/** The kinds of request the privacy officer records: erasure (AVG art. 17), restriction and its lifting (art. 18). */
export const PRIVACYVERZOEK_SOORTEN = ['wissen', 'beperken', 'beperking-opheffen'] as const;
export type PrivacyverzoekSoort = (typeof PRIVACYVERZOEK_SOORTEN)[number];

/** Why the request was granted: the legal record, kept in intake only and never put in an event. */
export const RedenSchema = z
  .string()
  .trim()
  .min(3, 'state the reason (at least 3 characters)')
  .max(2000)
  .describe('Why the request is granted; kept as the legal record, never published');

export interface Privacyverzoek {
  id: string;
  inwonerId: string;
  soort: PrivacyverzoekSoort;
  reden: string;
  ingediendDoor: string;
  ingediendDoorOrganisatie: string;
  ingediendOp: string;
  /** A restriction: the request that lifted it, if any. */
  opgehevenDoorVerzoek?: string;
}

export class InwonerAlGewist extends Error {
  constructor(readonly bestaandId: string) {
    super('This inwoner was already erased.');
  }
}

export class BeperkingBestaatAl extends Error {
  constructor(readonly bestaandId: string) {
    super("This inwoner's processing is already restricted.");
  }
}

export class BeperkingNietActief extends Error {
  constructor() {
    super('No restriction in force with this id for this inwoner.');
  }
}
