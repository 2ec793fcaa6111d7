import { urenInHonderdsten } from '@wiz/contracts';

// Staff time turned into money without floating point: hours are counted as exact hundredths of an hour
// (urenInHonderdsten of @wiz/contracts, the one reading of hours with decimals), so 7.5 h becomes 750n and every
// multiplication and division happens on BigInt.

/** EU CPR 2021/1060 art. 55(2): the hourly staff rate is the annual gross employment cost divided by 1,720 hours. */
export const JAARUREN_CPR = 1_720n;

function veiligGeheel(waarde: bigint, wat: string): number {
  if (waarde > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`${wat} exceeds the safe integer range`);
  return Number(waarde);
}

/** floor(uren × uurtariefCenten), exact: 7.5 h × 4,567 cents = 34,252 cents (34,252.5 rounded down). */
export function bedragUitUren(uren: number, uurtariefCenten: number): number {
  // Throws OngeldigeUrenError (a RangeError) for negative hours or more than two decimals.
  const honderdsten = urenInHonderdsten(uren);
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
