/** Calendar days as the graph sends them ("AAAA-MM-JJ"), compared as text: no time zone involved. */

/** Today in Paris, "AAAA-MM-JJ" (the Région's calendar, whatever the browser's zone). */
export function aujourdhuiParis(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** True when `jour` is strictly before `reference` (both "AAAA-MM-JJ"). */
export function avant(jour: string, reference: string): boolean {
  return jour < reference;
}
