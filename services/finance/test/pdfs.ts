import { PDFDocument, PDFHexString, PDFName, PDFString, StandardFonts } from "@cantoo/pdf-lib";

/** A 1×1 PNG: stands for a scanned handwritten signature. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function base(texte: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(texte, { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc;
}

/** A PDF with text only (nobody signed it). */
export async function pdfSansSignature(texte = "Facture"): Promise<Buffer> {
  return Buffer.from(await (await base(texte)).save());
}

/** A PDF signed by hand and scanned: an image, no signature dictionary. */
export async function pdfSignatureImage(texte = "Facture signée"): Promise<Buffer> {
  const doc = await base(texte);
  doc.getPage(0).drawImage(await doc.embedPng(PNG), { x: 400, y: 100, width: 120, height: 40 });
  return Buffer.from(await doc.save());
}

/**
 * A PDF carrying a signature dictionary as a signing tool writes it: /Type /Sig, /SubFilter,
 * a /Contents placeholder and a /ByteRange covering everything but /Contents (no real
 * cryptographic signature: only the structure is inspected).
 */
export async function pdfSignatureElectronique(texte = "Facture signée électroniquement"): Promise<Buffer> {
  const doc = await base(texte);
  const { context } = doc;
  const page = doc.getPage(0);
  const placeholder = 1_111_111_111;
  const sig = context.register(
    context.obj({
      Type: "Sig",
      Filter: "Adobe.PPKLite",
      SubFilter: "adbe.pkcs7.detached",
      ByteRange: [0, placeholder, placeholder, placeholder],
      Contents: PDFHexString.of("0".repeat(512)),
      Name: PDFString.of("ORGANISME TEST PRF 23"),
    }),
  );
  const widget = context.register(context.obj({ Type: "Annot", Subtype: "Widget", FT: "Sig", Rect: [0, 0, 0, 0], V: sig, T: PDFString.of("Signature1"), F: 4, P: page.ref }));
  page.node.set(PDFName.of("Annots"), context.obj([widget]));
  doc.catalog.set(PDFName.of("AcroForm"), context.obj({ Fields: [widget], SigFlags: 3 }));
  const bytes = Buffer.from(await doc.save({ useObjectStreams: false }));
  const text = bytes.toString("latin1");
  const range = /\/ByteRange \[ ?0 1111111111 1111111111 1111111111 ?\]/.exec(text)!;
  const contentsStart = text.indexOf("/Contents <") + "/Contents ".length;
  const contentsEnd = text.indexOf(">", contentsStart) + 1;
  const values = `[0 ${contentsStart} ${contentsEnd} ${bytes.length - contentsEnd}]`;
  bytes.write(`/ByteRange ${values}`.padEnd(range[0].length, " "), range.index, "latin1");
  return bytes;
}

/** Deflates `taille` zero bytes chunk by chunk (never holding them): ~1 kB per MB. */
export async function deflaterZeros(taille: number): Promise<Buffer> {
  const { createDeflate } = await import("node:zlib");
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (d: Buffer) => parts.push(d));
  const fin = new Promise((resolve) => deflate.on("end", resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let envoye = 0; envoye < taille; envoye += zeros.length) {
    if (!deflate.write(zeros)) await new Promise((r) => deflate.once("drain", r));
  }
  deflate.end();
  await fin;
  return Buffer.concat(parts);
}

/**
 * A « zip bomb » inside a PDF: a well-formed one-page document whose object stream
 * (/Type /ObjStm, which a PDF parser inflates as it loads) holds `taille` zero bytes deflated
 * to about a thousandth of that. Written by hand: pdf-lib drops object streams when saving.
 */
export async function pdfBombe(taille = 500_000_000): Promise<Buffer> {
  const flux = await deflaterZeros(taille);
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const put = (chunk: string | Buffer) => {
    const b = typeof chunk === "string" ? Buffer.from(chunk, "latin1") : chunk;
    parts.push(b);
    size += b.length;
  };
  const obj = (n: number, body: string) => {
    offsets[n] = size;
    put(`${n} 0 obj\n${body}\nendobj\n`);
  };
  put("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
  obj(1, "<< /Type /Catalog /Pages 2 0 R >>");
  obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
  obj(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
  offsets[4] = size;
  put(`4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${flux.length} >>\nstream\n`);
  put(flux);
  put("\nendstream\nendobj\n");
  const xref = size;
  put(`xref\n0 5\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`);
  put(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** A genuine PDF of about `taille` bytes (an incompressible embedded stream): above what base64 in GraphQL can carry. */
export async function pdfVolumineux(taille: number, texte = "Facture signée"): Promise<Buffer> {
  const { randomBytes } = await import("node:crypto");
  const doc = await base(texte);
  doc.getPage(0).drawImage(await doc.embedPng(PNG), { x: 400, y: 100, width: 120, height: 40 });
  doc.catalog.set(PDFName.of("Annexe"), doc.context.register(doc.context.stream(randomBytes(taille))));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
