import { describe, expect, it } from "vitest";
import { PDFDocument } from "@cantoo/pdf-lib";
import { pdfBombe, pdfSansSignature, pdfSignatureElectronique, pdfSignatureImage, pdfVolumineux } from "../../test/pdfs.js";
import { fluxDemesure, inspecterPdf } from "./pdf-inspection.js";

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

  it("finds a compressed-stream bomb before any parser inflates it, and lets ordinary PDFs through", async () => {
    // 20 MiB of zeros in an object stream: a parser inflates it on load (pdf-lib does, below).
    const bombe = await pdfBombe(20 * 1_048_576);
    expect(bombe.length).toBeLessThan(50_000);
    const charge = await PDFDocument.load(bombe, { updateMetadata: false });
    expect(charge.getPageCount()).toBe(1);
    expect(fluxDemesure(bombe, 20 * 1_048_576 - 1)).toBe(true);
    expect(fluxDemesure(bombe, 20 * 1_048_576)).toBe(false);
    expect(await inspecterPdf(bombe, 10_000_000)).toBeNull();
    // Ordinary documents, compressed text and incompressible data alike, are far below any budget.
    for (const pdf of [await pdfSignatureElectronique(), await pdfSignatureImage(), await pdfVolumineux(500_000)]) {
      expect(fluxDemesure(pdf, 1_000_000)).toBe(false);
      expect(await inspecterPdf(pdf, 1_000_000)).not.toBeNull();
    }
  });
});
