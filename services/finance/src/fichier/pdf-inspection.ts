import { constants, inflateSync } from "node:zlib";
import { PDFDocument } from "@cantoo/pdf-lib";

export type Signature = "ELECTRONIQUE" | "IMAGE" | "AUCUNE";

export interface InspectionPdf {
  pages: number;
  signature: Signature;
  /** Electronic signature: its format (/SubFilter, e.g. adbe.pkcs7.detached, ETSI.CAdES.detached). */
  formatSignature: string | null;
  /** Electronic signature: its /ByteRange ends at the end of the file (nothing was added after signing). */
  couvreLeDocument: boolean;
}

const HEADER = /^%PDF-[12]\.\d/;

/**
 * Checks that `bytes` really is a PDF, by its content (never its name or a declared type):
 * the `%PDF-x.y` header, a trailer (`startxref` … `%%EOF`) at the end, and a document that
 * parses with at least one page. Then tells how it is signed:
 * - ELECTRONIQUE: a signature dictionary (`/Type /Sig` with a `/ByteRange`), what seed 000
 *   asks for when a certificate is used (« le panneau de signature et non pas une image »);
 * - IMAGE: no signature dictionary, but images (a scanned or pasted handwritten signature);
 * - AUCUNE: neither.
 * Signature dictionaries are never inside compressed object streams (their byte offsets
 * must be fixed), so scanning the raw bytes finds them. The signature's cryptographic
 * validity (certificate chain, digest) is NOT verified here. Returns null when it is not a PDF.
 */
export async function inspecterPdf(bytes: Uint8Array, maxDecompresse = 50_000_000): Promise<InspectionPdf | null> {
  if (bytes.length < 64) return null;
  // Parsing inflates object streams: a bomb is refused before (see fluxDemesure).
  if (fluxDemesure(bytes, maxDecompresse)) return null;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (!HEADER.test(text.slice(0, 16))) return null;
  const tail = text.slice(-1024);
  if (!tail.includes("%%EOF") || !tail.includes("startxref")) return null;
  let pages: number;
  try {
    const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    pages = document.getPageCount();
  } catch {
    return null;
  }
  if (pages < 1) return null;
  const byteRange = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (/\/Type\s*\/Sig\b/.test(text) && byteRange) {
    const end = Number(byteRange[3]) + Number(byteRange[4]);
    const format = /\/SubFilter\s*\/([\w.-]+)/.exec(text)?.[1] ?? null;
    return { pages, signature: "ELECTRONIQUE", formatSignature: format, couvreLeDocument: Number(byteRange[1]) === 0 && end === bytes.length };
  }
  const signature: Signature = /\/Subtype\s*\/Image\b/.test(text) ? "IMAGE" : "AUCUNE";
  return { pages, signature, formatSignature: null, couvreLeDocument: false };
}

/**
 * A « zip bomb » inside a PDF: true when the file's zlib (FlateDecode) streams would inflate
 * to more than `budget` bytes in all. Every `stream … endstream` is tried (whatever its
 * declared filter: a lie about /Filter changes nothing), each inflated with a hard output cap
 * (`maxOutputLength`: zlib stops there, nothing larger is ever allocated), so a 5 MB file that
 * would inflate to gigabytes costs at most `budget` bytes of memory, once. Streams that are
 * not zlib data (JPEG images, other filters) fail at once and count for nothing. A truncated
 * stream counts for what it yields.
 */
export function fluxDemesure(bytes: Uint8Array, budget: number): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let restant = budget;
  let from = 0;
  for (;;) {
    const keyword = buffer.indexOf("stream", from, "latin1");
    if (keyword < 0) return false;
    from = keyword + 6;
    // "endstream" also contains "stream": only a keyword followed by an end of line opens a stream.
    if (keyword >= 3 && buffer.toString("latin1", keyword - 3, keyword) === "end") continue;
    let start = keyword + 6;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] !== 0x0a) continue;
    start += 1;
    let end = buffer.indexOf("endstream", start, "latin1");
    if (end < 0) end = buffer.length;
    try {
      const inflated = inflateSync(buffer.subarray(start, end), { maxOutputLength: restant + 1, finishFlush: constants.Z_SYNC_FLUSH });
      if (inflated.length > restant) return true;
      restant -= inflated.length;
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return true;
      // Not zlib data: nothing inflated.
    }
    from = end;
  }
}
