import { Client } from 'pg';
import { currentContext } from '../context/request-context';

interface Sent {
  client: Client;
  /** The correlation id of the unit of work (request, event) that sent it, if any. */
  correlationId?: string;
  text: string;
}

/** Every statement the pg driver of this process sent while `work` ran, whitespace folded, in order. */
async function statementsSentDuring(work: () => Promise<void>): Promise<Sent[]> {
  const sent: Sent[] = [];
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '');
    const correlationId = currentContext()?.correlationId;
    sent.push({ client: this, correlationId, text: text.replace(/\s+/g, ' ').trim() });
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return sent;
}

/**
 * The transactions that ran on any connection of this process while `work` ran, each as the statements the pg driver
 * sent (whitespace folded), BEGIN and COMMIT included, so a test can count what one request or one event costs the
 * real database. Statements outside a transaction (a pool's single queries) are left out.
 */
export async function transactionsDuring(work: () => Promise<void>): Promise<string[][]> {
  const perConnection = new Map<Client, string[]>();
  for (const { client, text } of await statementsSentDuring(work)) {
    perConnection.set(client, [...(perConnection.get(client) ?? []), text]);
  }
  const transactions: string[][] = [];
  for (const statements of perConnection.values()) {
    let open: string[] | undefined;
    for (const s of statements) {
      if (/^(START TRANSACTION|BEGIN)/i.test(s)) open = [];
      if (!open) continue;
      open.push(s);
      if (/^(COMMIT|ROLLBACK)$/i.test(s)) {
        transactions.push(open);
        open = undefined;
      }
    }
  }
  return transactions;
}

/**
 * The statements each unit of work (an HTTP request, an event: one correlation id) sent while `work` ran, on any
 * connection, in or outside a transaction (BEGIN and COMMIT included): what one request costs the real database
 * when its statements commit alone. Statements sent outside a unit of work are left out.
 */
export async function statementsPerUnitOfWork(work: () => Promise<void>): Promise<string[][]> {
  const perUnit = new Map<string, string[]>();
  for (const { correlationId, text } of await statementsSentDuring(work)) {
    if (correlationId) perUnit.set(correlationId, [...(perUnit.get(correlationId) ?? []), text]);
  }
  return [...perUnit.values()];
}
