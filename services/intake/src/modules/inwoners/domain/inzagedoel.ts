import { DomainError } from '@wiz/contracts';

/**
 * Why a consulent opens a person's data, written to the audit log with every read (AVG: the inwoner sees who read
 * their data and what for): guiding them, a handover to another organisation, or getting in touch.
 */
export const INZAGEDOELEN = ['begeleiding', 'overdracht', 'contact'] as const;
export type Inzagedoel = (typeof INZAGEDOELEN)[number];

/** A consulent reads a person only for a stated purpose. */
export class InzagedoelOntbreekt extends DomainError {
  readonly kind = 'invalid';

  constructor() {
    super('A consulent states the purpose of reading a person: doel.', {
      name: 'doel',
      message: `required: one of ${INZAGEDOELEN.join(', ')}`,
    });
  }
}
