import { statementsPerUnitOfWork } from '@wiz/platform/testing';

/**
 * Counts the statements one request sends to PostgreSQL through the service's own pg driver (the real database
 * answers every one of them): all the statements of the request that wrote the aanmelding, on any connection, in a
 * transaction (BEGIN and COMMIT counted) or alone. The outbox relay and other background work are not counted.
 */
export async function statementsOf(work: () => Promise<void>): Promise<string[]> {
  const writer = (await statementsPerUnitOfWork(work)).find((s) =>
    s.some((t) => /INSERT INTO "?aanmeldingen"?/i.test(t)),
  );
  if (!writer) throw new Error('no statement wrote the aanmelding');
  return writer;
}
