/**
 * The path of the first string (or object key) holding a NUL character, or undefined. PostgreSQL cannot store NUL in
 * text, so such input would fail deep inside a query as a 500; it is refused at the edge instead, for every route.
 */
export function pathOfNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Buffer.isBuffer(value) || value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key.includes('\u0000')) return here;
    const found = pathOfNul(inner, here);
    if (found !== undefined) return found;
  }
  return undefined;
}
