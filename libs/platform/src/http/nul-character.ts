/** A value still to look at, with the way back to the root (its path is only spelled out when it is needed). */
interface Visit {
  value: unknown;
  key: string;
  parent?: Visit;
}

/**
 * The path of the first string (or object key) holding a NUL character, or undefined. PostgreSQL cannot store NUL in
 * text, so such input would fail deep inside a query as a 500; it is refused at the edge instead, for every route.
 * Iterative (an explicit stack, depth-first in document order): client input never sets the depth of our call stack.
 */
export function pathOfNul(value: unknown, path = ''): string | undefined {
  const pending: Visit[] = [{ value, key: path }];
  while (pending.length) {
    const visit = pending.pop()!;
    if (typeof visit.value === 'string') {
      if (visit.value.includes('\u0000')) return pathTo(visit);
      continue;
    }
    if (Buffer.isBuffer(visit.value) || visit.value === null || typeof visit.value !== 'object') continue;
    const entries = Object.entries(visit.value);
    const nulKey = entries.find(([key]) => key.includes('\u0000'));
    if (nulKey) return pathTo({ value: nulKey[1], key: nulKey[0], parent: visit });
    for (let i = entries.length - 1; i >= 0; i--)
      pending.push({ value: entries[i][1], key: entries[i][0], parent: visit });
  }
  return undefined;
}

function pathTo(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at; at = at.parent) if (at.key) keys.push(at.key);
  return keys.reverse().join('.');
}
