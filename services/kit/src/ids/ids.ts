/**
 * A GraphQL ID as a row id. Anything that is not a positive integer of the INTEGER range
 * becomes an id no row has, so a malformed id is answered exactly like an unknown one
 * (not found), never by a database error.
 */
export function idOf(id: string | number): number {
  const text = String(id);
  if (!/^[1-9]\d{0,9}$/.test(text)) return -1;
  const value = Number(text);
  return value <= 2_147_483_647 ? value : -1;
}
