import { z } from 'zod';

// Money is integer euro cents. Arithmetic goes through BigInt so no intermediate result is ever
// rounded by floating point, and every result is checked to fit a safe integer again.

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const MIN = BigInt(Number.MIN_SAFE_INTEGER);

export const CentenSchema = z
  .number()
  .int({ error: 'must be whole euro cents' })
  .refine(Number.isSafeInteger, { error: 'must be a safe integer amount of cents' })
  .describe('Amount in euro cents (integer)');

export const NonNegativeCentenSchema = CentenSchema.min(0, { error: 'must not be negative' }).describe(
  'Amount in euro cents (integer, >= 0)',
);

function requireSafeInteger(value: number, what: string): bigint {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
  return BigInt(value);
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > MAX || value < MIN) throw new RangeError(`${what} exceeds the safe integer range`);
  return Number(value);
}

export function sumCenten(values: readonly number[]): number {
  let total = 0n;
  for (const value of values) total += requireSafeInteger(value, 'each amount in cents');
  return toSafeNumber(total, 'sum of cents');
}

export function multiplyCenten(centen: number, factor: number): number {
  const product = requireSafeInteger(centen, 'centen') * requireSafeInteger(factor, 'factor');
  return toSafeNumber(product, 'product of cents');
}

// Non-negative decimal with at most two decimals, as JavaScript prints the number.
const PERCENTAGE_TEXT = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Converts a percentage such as 62.5 to basis points (6250) by reading its decimal text, so the
 * percentage never takes part in floating-point multiplication.
 */
export function percentageToBasisPoints(percentage: number): bigint {
  const match = Number.isFinite(percentage) ? PERCENTAGE_TEXT.exec(String(percentage)) : null;
  if (!match) {
    throw new RangeError(`percentage must be >= 0 with at most 2 decimals, got ${percentage}`);
  }
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** floor(a / b) for b > 0; BigInt division truncates toward zero, which differs for negative a. */
function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b;
  return a % b !== 0n && a < 0n ? quotient - 1n : quotient;
}

/**
 * floor(centen * percentage / 100), exact. Rounding down means a subsidy contribution is never
 * more than the scheme allows (contract: "rounded down to the cent").
 */
export function percentageOfCenten(centen: number, percentage: number): number {
  const amount = requireSafeInteger(centen, 'centen');
  const basisPoints = percentageToBasisPoints(percentage);
  return toSafeNumber(floorDiv(amount * basisPoints, 10_000n), 'percentage of cents');
}
