import type { EntityManager } from 'typeorm';
import { queryPrepared } from './prepared-statement';

/** Awaited when it returns a promise. */
type AfterRun = (m: EntityManager, row: Record<string, unknown>) => unknown;

/**
 * Several writes in one statement, so one round trip: each owner of a table adds its part as a data-modifying WITH
 * query (an INSERT with its own parameters, numbered here so the parts need not know each other's), and a part that
 * must only happen with another selects FROM that part's name (no row there: nothing written). PostgreSQL runs every
 * part exactly once and the statement is atomic. All parts see the database as it was when the statement began:
 * one part sees another's rows only through that part's RETURNING, and foreign keys are checked at its end.
 */
export class CombinedWrite {
  private readonly parts: string[] = [];
  private readonly names = new Set<string>();
  private readonly values: unknown[] = [];
  private readonly outputs: string[] = [];
  private readonly afterRun: AfterRun[] = [];

  /** The placeholder of a parameter with this value. */
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** An SQL fragment whose parameters are numbered from the given index (as `build` numbers them), added here. */
  fragment(build: (from: number) => { sql: string; params: unknown[] }): string {
    const { sql, params } = build(this.values.length + 1);
    this.values.push(...params);
    return sql;
  }

  /** Adds the part `name AS (sql)`; returns the name it got (`name`, numbered if two parts ask for the same). */
  with(name: string, sql: string): string {
    let unique = name;
    for (let n = 2; this.names.has(unique); n++) unique = `${name}_${n}`;
    this.names.add(unique);
    this.parts.push(`${unique} AS (${sql})`);
    return unique;
  }

  /** A column `alias` of the one row the statement answers, computed by `sql` over the parts. */
  output(alias: string, sql: string): void {
    this.outputs.push(`${sql} AS "${alias}"`);
  }

  /** Called with the transaction's manager and the statement's row (the outputs) once the statement ran. */
  onRun(callback: AfterRun): void {
    this.afterRun.push(callback);
  }

  /**
   * Runs the statement as a named prepared statement (queryPrepared): PostgreSQL parses and plans a statement of many
   * parts for each unnamed execution, which measured about half of its CPU for an aanmelding.
   */
  async run(m: EntityManager): Promise<Record<string, unknown>> {
    const text = `WITH ${this.parts.join(',\n')}\nSELECT ${this.outputs.join(', ') || '1'}`;
    const [row]: Record<string, unknown>[] = await queryPrepared(m, text, this.values);
    for (const callback of this.afterRun) await callback(m, row);
    return row;
  }
}
