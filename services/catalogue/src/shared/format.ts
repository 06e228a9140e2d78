/** "2022-09-01" → "01/09/2022", as every French screen and message writes a day. */
export function frDate(day: string | null | undefined): string {
  if (!day) return "-";
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** Empty → "-", as the recap screens show a missing value. */
export function orDash(value: string | number | null | undefined): string {
  return value === null || value === undefined || value === "" ? "-" : String(value);
}
