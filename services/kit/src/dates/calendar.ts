/**
 * Calendar days ("YYYY-MM-DD") and months ("YYYY-MM") without time zones, and their French
 * spelling for messages and documents (dd/mm/yyyy, « janvier 2007 »). Pure string arithmetic:
 * no Date object ever shifts a day across a time zone.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const FR_DAY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export const MOIS_FR = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** True for a month written YYYY-MM (01…12). */
export function isMonth(text: string): boolean {
  const match = MONTH.exec(text);
  return !!match && Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[1]) >= 1900;
}

/** "2007-01-05" → "05/01/2007" (how every message shows a date). */
export function frDate(day: string): string {
  const match = DAY.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/** "05/01/2007" (or "5/1/2007") → "2007-01-05"; null when not a real calendar day. */
export function parseFrDate(text: string): string | null {
  const match = FR_DAY.exec(text.trim());
  if (!match) return null;
  const day = `${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`;
  return isCalendarDay(day) ? day : null;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "2007-01-05" → "2007-01". */
export const monthOf = (day: string): string => day.slice(0, 7);

/** "2007-02" → "2007-02-01". */
export const firstDayOf = (month: string): string => `${month}-01`;

/** "2007-02" → "2007-02-28". */
export function lastDayOf(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${pad(daysInMonth(year, m))}`;
}

/** "2007-11" + 3 → "2008-02". */
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** Every month from `from` to `to` inclusive, oldest first (empty when to < from). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** "2007-01-31" + 1 month → "2007-02-28" (the day is clamped to the target month's length). */
export function addMonthsToDay(day: string, count: number): string {
  const month = addMonths(monthOf(day), count);
  const last = lastDayOf(month);
  const wanted = `${month}-${day.slice(8, 10)}`;
  return wanted > last ? last : wanted;
}

/** "2007-01" → "janvier 2007". */
export function frMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${MOIS_FR[m - 1]} ${year}`;
}

/** "2007-01" → "Janvier 2007" (a column header, the start of a sentence). */
export function frMonthTitle(month: string): string {
  const text = frMonth(month);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "2007-04" → "d'avril 2007", "2007-01" → "de janvier 2007" (French elision before a vowel: « la déclaration d'avril »). */
export function frDeMonth(month: string): string {
  const text = frMonth(month);
  return /^[aeiou]/.test(text) ? `d'${text}` : `de ${text}`;
}
