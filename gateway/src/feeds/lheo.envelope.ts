/**
 * The LHEO 2.3 (http://lheo.gouv.fr/2.3) envelope around the `formation` elements that the
 * catalogue writes page by page (services/catalogue/src/flux/lheo.writer.ts).
 */
export const LHEO_NS = "http://lheo.gouv.fr/2.3";

export function lheoStart(exportedAt: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<lheo xmlns="${LHEO_NS}" horodatage-export="${exportedAt.toISOString()}">\n<offres>\n`;
}

export const LHEO_END = "</offres>\n</lheo>\n";

/**
 * LHEO has no empty offer (`offres` needs a `formation`): an export with nothing to say is the
 * LHEO+ envelope whose `lheo` is optional.
 */
export function lheoEmpty(exportedAt: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<lheo-plus xmlns="${LHEO_NS}" horodatage-export="${exportedAt.toISOString()}"/>\n`;
}
