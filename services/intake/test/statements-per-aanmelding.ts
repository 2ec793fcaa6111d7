import { transactionsDuring } from '@wiz/platform/testing';

/**
 * Counts the statements one request sends to PostgreSQL through the service's own pg driver (the real database
 * answers every one of them): the statements of the transaction that wrote the aanmelding, BEGIN and COMMIT
 * included. The outbox relay and other background work run in other transactions and are not counted.
 */
export async function statementsOf(work: () => Promise<void>): Promise<string[]> {
  const writer = (await transactionsDuring(work)).find((t) => t.some((s) => /INSERT INTO "?aanmeldingen"?/i.test(s)));
  if (!writer) throw new Error('no statement wrote the aanmelding');
  return writer;
}
