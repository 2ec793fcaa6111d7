// Hours a week with at most one decimal (25.5), read from their decimal text so hours never enter
// floating-point arithmetic: 25.5 becomes 255 tenths, exactly.
const UREN_TEXT = /^(\d+)(?:\.(\d))?$/;

/** Hours a week as a BigInt count of tenths of an hour; throws for negative, non-finite or over-precise hours. */
export function urenInTienden(urenPerWeek: number): bigint {
  const match = Number.isFinite(urenPerWeek) ? UREN_TEXT.exec(String(urenPerWeek)) : null;
  if (!match) {
    throw new RangeError(`hours a week must be >= 0 with at most one decimal, got ${urenPerWeek}`);
  }
  return BigInt(match[1]) * 10n + BigInt(match[2] ?? '0');
}
