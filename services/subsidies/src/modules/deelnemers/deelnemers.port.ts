import type { EntityManager } from 'typeorm';
import type { Deelnemer } from '../declaraties/domain';

/** What a claim asks of the participant register (its tables are the deelnemers context's). */
export interface DeelnemersPort {
  /** These participants with their facts, read on the caller's connection (a claim compiles in one transaction). */
  lees(sql: Pick<EntityManager, 'query'>, inwonerIds: readonly string[]): Promise<Map<string, Deelnemer>>;
  /** The same in batches, so a claim's 100k participants are never in memory at once; the next is read meanwhile. */
  leesPerBatch(sql: Pick<EntityManager, 'query'>, inwonerIds: readonly string[]): AsyncGenerator<Deelnemer[]>;
}

export const DEELNEMERS = Symbol('wiz:subsidies:deelnemers');
