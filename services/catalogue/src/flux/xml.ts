/** The little XML the LHEO export needs: elements, bounded text, escaping. */

/** "2022-09-01" → "20220901" (LHEO dates). */
export function compactDay(day: string): string {
  return day.replaceAll("-", "");
}

export function el(name: string, attributes: Record<string, string> | null, children: string[]): string {
  let attrs = "";
  if (attributes) for (const key in attributes) attrs += ` ${key}="${xml(attributes[key]!)}"`;
  return `<${name}${attrs}>${children.join("")}</${name}>`;
}

/** `<name>value</name>`, the value cut to `max` characters (code points) when given. */
export function text(name: string, value: string, max?: number): string {
  // A string no longer than max UTF-16 units has at most max code points: no need to count them.
  const bounded = max !== undefined && value.length > max ? boundTo(value, max) : value;
  return `<${name}>${xml(bounded)}</${name}>`;
}

function boundTo(value: string, max: number): string {
  const chars = [...value];
  return chars.length > max ? chars.slice(0, max).join("") : value;
}

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes for element text and attribute values; drops what XML 1.0 cannot carry. */
export function xml(value: string): string {
  // Most values (numbers, names, codes) have nothing to escape: one scan, no copy.
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
