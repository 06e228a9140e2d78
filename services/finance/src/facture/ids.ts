/** A GraphQL ID as a row id; anything that is not a positive integer becomes an id no row has (answered as not found). */
export function idOf(id: string | number): number {
  const text = String(id);
  return /^[1-9]\d{0,14}$/.test(text) ? Number(text) : -1;
}
