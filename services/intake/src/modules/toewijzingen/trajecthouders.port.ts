import type { EntityManager } from 'typeorm';
import type { Begeleider } from './domain/toewijzing';

/** Injection token of the `Trajecthouders` that ToewijzingenModule exports. */
export const TRAJECTHOUDERS = Symbol('Trajecthouders');

/** What the inwoners context may ask about who holds an inwoner's trajecten, in the transaction `m` of its read. */
export interface Trajecthouders {
  /**
   * One of the inwoner's trajecten is held by the begeleider's organisation and assigned to them, or to their team
   * (colleagues stand in for each other; a teamleider reads their team's).
   */
  begeleidt(m: EntityManager, inwonerId: string, wie: Begeleider): Promise<boolean>;
}
