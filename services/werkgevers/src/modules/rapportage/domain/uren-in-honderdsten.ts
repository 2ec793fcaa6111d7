// Hours a week read from their decimal text, so hours never enter floating-point sums: 12.75 becomes 1275
// hundredths, exactly. Two decimals (not one, as placements store) because a quarter of an afspraakbaan-week,
// 25.5 / 2 = 12.75 hours, must count exactly.
const UREN_TEXT = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Hours a week as a BigInt count of hundredths of an hour; throws for negative, non-finite or over-precise hours. */
export function urenInHonderdsten(urenPerWeek: number): bigint {
  const match = Number.isFinite(urenPerWeek) ? UREN_TEXT.exec(String(urenPerWeek)) : null;
  if (!match) {
    throw new RangeError(`hours a week must be >= 0 with at most two decimals, got ${urenPerWeek}`);
  }
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}
