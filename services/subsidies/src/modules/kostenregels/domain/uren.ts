// Staff time turned into money without floating point: hours are read from their decimal text as hundredths
// of an hour, so 7.5 h becomes 750n and every multiplication and division happens on BigInt.

const UREN_TEKST = /^(\d+)(?:\.(\d{1,2}))?$/;

/** EU CPR 2021/1060 art. 55(2): the hourly staff rate is the annual gross employment cost divided by 1,720 hours. */
export const JAARUREN_CPR = 1_720n;

/** Hours as hundredths (7.5 -> 750n), or undefined when not a non-negative number with at most two decimals. */
export function urenInHonderdsten(uren: number): bigint | undefined {
  // String() gives the shortest text that round-trips, so 7.5 reads "7.5" and 0.1 + 0.2 reads
  // "0.30000000000000004", which is refused instead of being silently rounded.
  const match = Number.isFinite(uren) ? UREN_TEKST.exec(String(uren)) : null;
  if (!match) return undefined;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

function veiligGeheel(waarde: bigint, wat: string): number {
  if (waarde > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${wat} exceeds the safe integer range`);
  return Number(waarde);
}

/** floor(uren × uurtariefCenten), exact: 7.5 h × 4,567 cents = 34,252 cents (34,252.5 rounded down). */
export function bedragUitUren(uren: number, uurtariefCenten: number): number {
  const honderdsten = urenInHonderdsten(uren);
  if (honderdsten === undefined) throw new RangeError(`uren must be >= 0 with at most 2 decimals, got ${uren}`);
  if (!Number.isSafeInteger(uurtariefCenten) || uurtariefCenten < 0) {
    throw new RangeError(`uurtariefCenten must be a non-negative safe integer, got ${uurtariefCenten}`);
  }
  // Both factors are non-negative, so BigInt's truncating division is the floor.
  return veiligGeheel((honderdsten * BigInt(uurtariefCenten)) / 100n, 'bedrag from uren');
}

/**
 * The CPR art. 55 hourly rate from annual employment costs, rounded down so the rate never claims more
 * than the cost: floor(jaarkostenCenten / 1720).
 */
export function uurtariefUitJaarkosten(jaarkostenCenten: number): number {
  if (!Number.isSafeInteger(jaarkostenCenten) || jaarkostenCenten < 0) {
    throw new RangeError(`jaarkostenCenten must be a non-negative safe integer, got ${jaarkostenCenten}`);
  }
  return Number(BigInt(jaarkostenCenten) / JAARUREN_CPR);
}
