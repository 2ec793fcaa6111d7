// Totals are kept as BigInt while lines stream in; only a finished total becomes a number again, and only when
// it still fits a safe integer, so no amount is ever rounded by floating point.

const MAX_CENTEN = BigInt(Number.MAX_SAFE_INTEGER);

/** A line amount as BigInt; refuses fractions and negatives, which no valid cost line holds. */
export function regelbedrag(bedragCenten: number, kostenregelId: string): bigint {
  if (!Number.isSafeInteger(bedragCenten) || bedragCenten < 0) {
    throw new RangeError(
      `kostenregel ${kostenregelId}: bedragCenten must be a non-negative safe integer, got ${bedragCenten}`,
    );
  }
  return BigInt(bedragCenten);
}

export function naarCenten(totaal: bigint, wat: string): number {
  if (totaal > MAX_CENTEN) throw new RangeError(`${wat} exceeds the safe integer range of cents`);
  return Number(totaal);
}
