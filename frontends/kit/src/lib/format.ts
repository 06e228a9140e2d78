/**
 * fr-FR display of the graph's exact scalars. `Montant` and `Heures` arrive as decimal strings
 * ("3175.00") and are formatted as text, never through a float, so no cent is ever lost or
 * rounded. Thousands are grouped with a plain space (the seeds' "3 175,00 €"); cells that must
 * not wrap say so in CSS. A value that is not of the expected shape is shown as received.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "2022-09-01" → "01/09/2022" (the `Date` scalar has no time zone: no Date object involved). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return "";
  const match = DATE.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}

/** "37200.5" → "37 200,50": thousands grouped by a space, decimal comma, at least two decimals. */
export function formatDecimal(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, integer = "0", fraction = ""] = match;
  const digits = integer.replace(/^0+(?=\d)/, "");
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, " ");
  const negative = sign === "-" && /[1-9]/.test(digits + fraction);
  return `${negative ? "-" : ""}${grouped},${fraction.padEnd(2, "0")}`;
}

/** "3175.00" → "3 175,00 €". */
export function formatMontant(value: string | null | undefined): string {
  const formatted = formatDecimal(value);
  return formatted && DECIMAL.test(value?.trim() ?? "") ? `${formatted} €` : formatted;
}

/** "37200.00", "hc" → "37 200,00 hc" (unit: hc, he, fp, h…). */
export function formatHeures(value: string | null | undefined, unite = "h"): string {
  const formatted = formatDecimal(value);
  return formatted && DECIMAL.test(value?.trim() ?? "") ? `${formatted} ${unite}` : formatted;
}
