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
