import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Runs a statement as a named prepared statement (named by its text, which holds no values): PostgreSQL parses and
 * plans an unnamed statement at every execution, a named one once per connection, and soon runs it on its cached
 * generic plan, which stays until the table is analysed again. Only for statements whose plan depends neither on
 * their values nor on their tables' size: writes of the values given (INSERT … SELECT FROM unnest), one row through
 * a unique key. A read of a set of keys (`= ANY($1)`) can keep a plan chosen while its table was small: prepared,
 * trajecten's read of a batch's monitor_vooruit rows by primary key scanned the whole table (0.3 → 21 ms a batch).
 */
export async function queryPrepared<T = any>(m: EntityManager, text: string, params: unknown[]): Promise<T> {
  // TypeORM hands its query to pg's Client.query as it is, which takes a query config with a name (typed as text
  // here); going through TypeORM keeps its errors (QueryFailedError) and the transaction's connection.
  return m.query({ name: statementName(text), text } as unknown as string, params);
}

// Hashing a statement of some kilobytes at every run was about 1% of an aanmelding's CPU. The texts come from the
// code (values are parameters), so there are few; the cap only bounds a text that grows with a count of rows.
const statementNames = new Map<string, string>();
const MAX_STATEMENT_NAMES = 1_000;

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `prepared_${createHash('sha1').update(text).digest('hex')}`;
    if (statementNames.size >= MAX_STATEMENT_NAMES) statementNames.clear();
    statementNames.set(text, name);
  }
  return name;
}
