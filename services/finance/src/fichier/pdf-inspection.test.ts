import { describe, expect, it } from "vitest";
import { pdfSansSignature, pdfSignatureElectronique, pdfSignatureImage } from "../../test/pdfs.js";
import { inspecterPdf } from "./pdf-inspection.js";

describe("PDF inspection", () => {
  it("tells an electronic signature (signature dictionary and byte range) from an image", async () => {
    const signe = await pdfSignatureElectronique();
    expect(await inspecterPdf(signe)).toEqual({ pages: 1, signature: "ELECTRONIQUE", formatSignature: "adbe.pkcs7.detached", couvreLeDocument: true });
    expect(await inspecterPdf(await pdfSignatureImage())).toEqual({ pages: 1, signature: "IMAGE", formatSignature: null, couvreLeDocument: false });
    expect(await inspecterPdf(await pdfSansSignature())).toMatchObject({ signature: "AUCUNE" });
  });

  it("says when bytes were appended after the signature", async () => {
    const signe = await pdfSignatureElectronique();
    const modifie = Buffer.concat([signe, Buffer.from("\n% ajout\n%%EOF\n")]);
    expect(await inspecterPdf(modifie)).toMatchObject({ signature: "ELECTRONIQUE", couvreLeDocument: false });
  });

  it("refuses what is not a PDF by its content, whatever it is called", async () => {
    const pdf = await pdfSansSignature();
    expect(await inspecterPdf(Buffer.from("Ceci n'est pas un PDF, même nommé facture.pdf".repeat(4)))).toBeNull();
    expect(await inspecterPdf(Buffer.from("\x89PNG\r\n\x1a\n".padEnd(200, "x"), "latin1"))).toBeNull();
    // A PDF header and trailer around garbage: the structure does not parse.
    expect(await inspecterPdf(Buffer.from(`%PDF-1.7\n${"x".repeat(200)}\nstartxref\n9\n%%EOF\n`))).toBeNull();
    // A truncated PDF has no trailer.
    expect(await inspecterPdf(pdf.subarray(0, pdf.length - 40))).toBeNull();
    expect(await inspecterPdf(Buffer.alloc(0))).toBeNull();
  });
});
