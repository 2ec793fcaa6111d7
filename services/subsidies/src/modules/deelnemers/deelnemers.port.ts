import type { EntityManager } from 'typeorm';
import type { Deelnemer, Indicatoren } from '../declaraties/domain';

/** What a claim asks of the participant register (its tables are the deelnemers context's). */
export interface DeelnemersPort {
  /** These participants with their facts, read on the caller's connection (a claim compiles in one transaction). */
  lees(sql: Pick<EntityManager, 'query'>, inwonerIds: readonly string[]): Promise<Map<string, Deelnemer>>;
  /**
   * The ESF+ indicators of these participants on `peildatum`, counted in PostgreSQL as IndicatorTeller counts them
   * (a claim's 100k participants and their facts never leave the database), on the caller's connection.
   */
  telIndicatoren(
    sql: Pick<EntityManager, 'query'>,
    inwonerIds: readonly string[],
    peildatum: string,
  ): Promise<Indicatoren>;
}

export const DEELNEMERS = Symbol('wiz:subsidies:deelnemers');
