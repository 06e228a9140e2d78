/** The little XML this export needs: elements, bounded text, escaping. */
/** "2022-09-01" → "20220901" (LHEO dates). */
export function compactDay(day: string): string {
  return day.replaceAll("-", "");
}

export function el(name: string, attributes: Record<string, string>, children: string[]): string {
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${xml(v)}"`).join("");
  return `<${name}${attrs}>${children.join("")}</${name}>`;
}

export function text(name: string, value: string, max?: number): string {
  const chars = [...value];
  return `<${name}>${xml(max !== undefined && chars.length > max ? chars.slice(0, max).join("") : value)}</${name}>`;
}

/** Escapes for element text and attribute values; drops what XML 1.0 cannot carry. */
export function xml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
