import { Client } from 'pg';

/**
 * The transactions that ran on any connection of this process while `work` ran, each as the statements the pg driver
 * sent (whitespace folded), BEGIN and COMMIT included, so a test can count what one request or one event costs the
 * real database. Statements outside a transaction (a pool's single queries) are left out.
 */
export async function transactionsDuring(work: () => Promise<void>): Promise<string[][]> {
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
