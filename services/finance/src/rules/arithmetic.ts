/**
 * Exact integer arithmetic for money (cents), hours and quantities (hundredths) and rates
 * (basis points). Products go through BigInt so that no intermediate ever leaves the safe
 * integer range or touches a binary float.
 */

function toSafe(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`Montant hors limites : ${value}`);
  return number;
}

function check(...values: number[]): void {
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Valeur non entière : ${value}`);
  }
}

/**
 * a × b / c rounded to the nearest integer, halves away from zero ("arrondi commercial":
 * 0,005 € → 0,01 €). c must be positive.
 */
export function mulDivRound(a: number, b: number, c: number): number {
  check(a, b, c);
  if (c <= 0) throw new RangeError("Diviseur nul ou négatif");
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return toSafe(negative ? -rounded : rounded);
}

/** a × b / c rounded down (towards −∞). c must be positive. */
export function mulDivFloor(a: number, b: number, c: number): number {
  check(a, b, c);
  if (c <= 0) throw new RangeError("Diviseur nul ou négatif");
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const quotient = product / divisor;
  // BigInt division truncates towards zero: step down for negative non-exact quotients.
  return toSafe(product < 0n && quotient * divisor !== product ? quotient - 1n : quotient);
}

/** True when a / b ≥ c / d (b, d > 0), compared exactly. */
export function ratioAtLeast(a: number, b: number, c: number, d: number): boolean {
  check(a, b, c, d);
  return BigInt(a) * BigInt(d) >= BigInt(c) * BigInt(b);
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) {
    check(value);
    total += value;
  }
  check(total);
  return total;
}
