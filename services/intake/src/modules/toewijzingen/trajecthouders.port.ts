import type { EntityManager } from 'typeorm';
import type { Begeleider } from './domain/toewijzing';

/** Injection token of the `Trajecthouders` that ToewijzingenModule exports. */
export const TRAJECTHOUDERS = Symbol('Trajecthouders');

/** What the inwoners context may ask about who holds an inwoner's trajecten, in the transaction `m` of its read. */
export interface Trajecthouders {
  /**
   * The aanmeldingen that the inwoner's trajecten held by the begeleider came from: trajecten of their organisation
   * assigned to them or to their team (colleagues stand in for each other; a teamleider reads their team's).
   * Empty when they hold none, or while trajecten has not yet said which aanmelding a traject came from.
   */
  begeleideAanmeldingen(m: EntityManager, inwonerId: string, wie: Begeleider): Promise<string[]>;
  /**
   * After a merge: trajecten of the vervallen inwoner are the kept one's, also those trajecten tells about later
   * under the vervallen id.
   */
  volgSamenvoeging(m: EntityManager, vervallenId: string, behoudenId: string): Promise<void>;
}
