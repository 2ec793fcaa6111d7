import { Client } from 'pg';

/**
 * Counts the statements one request sends to PostgreSQL through the service's own pg driver (the real database
 * answers every one of them): the statements of the transaction that wrote the aanmelding, BEGIN and COMMIT
 * included, on the connection that ran it. The outbox relay and other background work run on other connections
 * and are not counted.
 */
export async function statementsOf(work: () => Promise<void>): Promise<string[]> {
  const perConnection = new Map<Client, string[]>();
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const list = perConnection.get(this) ?? [];
    list.push(text.replace(/\s+/g, ' ').trim());
    perConnection.set(this, list);
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  const writer = [...perConnection.values()].find((l) => l.some((s) => /INSERT INTO "?aanmeldingen"?/i.test(s)));
  if (!writer) throw new Error('no statement wrote the aanmelding');
  const begin = writer.findIndex((s) => /^(START TRANSACTION|BEGIN)/i.test(s));
  const commit = writer.findIndex((s, i) => i > begin && /^COMMIT/i.test(s));
  return writer.slice(begin, commit + 1);
}
