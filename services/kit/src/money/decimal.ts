/**
 * Exact decimals: amounts are integer cents, hours integer hundredths of an hour.
 * Nothing here ever goes through a binary float.
 */
const DECIMAL = /^(-)?(\d{1,13})(?:[.,](\d{1,2}))?$/;

/** "1234.5" | "1234,50" | "12" → 123450 | 1200 (hundredths). Returns null when not an exact 2-decimal number. */
export function parseHundredths(text: string): number | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, units, fraction = ""] = match;
  const value = Number(units) * 100 + Number(fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(value)) return null;
  return sign ? -value : value;
}

/** 123450 → "1234.50" (the wire format: a plain decimal string). */
export function formatHundredths(value: number): string {
  assertInteger(value);
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const units = Math.trunc(abs / 100);
  const fraction = String(abs % 100).padStart(2, "0");
  return `${sign}${units}.${fraction}`;
}

/** 317500 → "3 175,00" as printed on French invoices (narrow no-break space is avoided on purpose). */
export function formatHundredthsFr(value: number): string {
  const [units, fraction] = formatHundredths(value).split(".");
  const sign = units!.startsWith("-") ? "-" : "";
  const digits = units!.replace("-", "");
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${sign}${grouped},${fraction}`;
}

export function assertInteger(value: number): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Valeur non entière ou hors limites : ${value}`);
  }
}
