import { PDFDocument } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import type { DonneesFacture } from "./donnees-facture.js";
import { facturePdf, imprimable } from "./facture.pdf.js";
import { facturX, tvaIntracommunautaire, xmlEmbarque } from "./facturx.js";

const cre: DonneesFacture = {
  numero: "23C00390257_1-CRE-1",
  type: "ACOMPTE",
  support: "CRE intermédiaire",
  rang: 1,
  periode: "Janvier 2023 - Mars 2023",
  moisDebut: "2023-01",
  moisFin: "2023-03",
  dateEmission: "2023-04-05",
  vendeur: { raisonSociale: "ORGANISME GR237", siret: "12345678900011", adresse: "1 RUE DU CAPITOLE", codePostal: "31000", ville: "TOULOUSE" },
  acheteur: { nom: "Région Occitanie", siret: "20005372400018" },
  numeroContrat: "23C0390257",
  action: { numero: "23C00390257_1", intitule: "PREPARATION AUX SELECTIONS DU SANITAIRE ET SOCIAL" },
  lignes: [
    { prestation: "HC", libelle: "Heure stagiaire centre", quantite: 33_500, prixUnitaire: 700, montant: 234_500 },
    { prestation: "HE", libelle: "Heure stagiaire entreprise", quantite: 10_000, prixUnitaire: 100, montant: 10_000 },
  ],
  mentionsSousTraitance: [{ sousTraitant: "CEVENNES-GESTION", montantHT: 100_000, mention: "Dont 1 000,00 € pour CEVENNES-GESTION" }],
  montantRealiseHT: 244_500,
  reportAuSolde: 0,
  montantSousTraitance: 100_000,
  montantHT: 144_500,
  tauxTvaPointsDeBase: 1960,
  montantTVA: 28_322,
  montantTTC: 172_822,
  avanceRecuperee: 50_000,
  montantAPayer: 122_822,
  nomFichierAttendu: "23C0390257_ORGANISME GR237_ACOMPTE 1_JANVIER 2023 - MARS 2023.pdf",
};

// Factur-X generation loads fonts and an ICC profile: seconds on a busy machine.
describe("invoice documents", { timeout: 30_000 }, () => {
  it("prints the invoice as a one-page PDF", async () => {
    const doc = await PDFDocument.load(await facturePdf(cre));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe("Facture 23C00390257_1-CRE-1");
    expect(imprimable("Œuvre € – 漢字")).toBe("Œuvre € – ??");
  });

  it("embeds the EN 16931 CII XML in a PDF/A-3 with SIRETs, the bon de commande as engagement (BT-13), the period and the totals", async () => {
    const pdf = await facturX(cre, await facturePdf(cre));
    const text = Buffer.from(pdf).toString("latin1");
    expect(text).toMatch(/pdfaid:part>3</);
    expect(text).toMatch(/fx:ConformanceLevel>EN 16931</);
    expect(text).toMatch(/\/AFRelationship \/(Alternative|Data)/);
    const xml = (await xmlEmbarque(pdf))!;
    for (const fragment of [
      "<ram:ID>urn:cen.eu:en16931:2017</ram:ID>",
      "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>23C0390257</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>",
      "<ram:IssuerAssignedID>23C00390257_1</ram:IssuerAssignedID>",
      '<ram:ID schemeID="0002">12345678900011</ram:ID>',
      '<ram:ID schemeID="0002">20005372400018</ram:ID>',
      '<ram:ID schemeID="VA">FR32123456789</ram:ID>',
      '<udt:DateTimeString format="102">20230101</udt:DateTimeString>',
      '<udt:DateTimeString format="102">20230331</udt:DateTimeString>',
      "<ram:LineTotalAmount>2445.00</ram:LineTotalAmount>",
      "<ram:AllowanceTotalAmount>1000.00</ram:AllowanceTotalAmount>",
      "<ram:TaxBasisTotalAmount>1445.00</ram:TaxBasisTotalAmount>",
      "<ram:GrandTotalAmount>1728.22</ram:GrandTotalAmount>",
      "<ram:TotalPrepaidAmount>500.00</ram:TotalPrepaidAmount>",
      "<ram:DuePayableAmount>1228.22</ram:DuePayableAmount>",
    ]) {
      expect(xml).toContain(fragment);
    }
    // BT-13 sits before BT-12 (XSD sequence).
    expect(xml.indexOf("BuyerOrderReferencedDocument")).toBeLessThan(xml.indexOf("ContractReferencedDocument"));
  });

  it("states the VAT exemption of an exonéré organisme", async () => {
    const exonere = { ...cre, tauxTvaPointsDeBase: 0, montantTVA: 0, montantTTC: 144_500, montantAPayer: 94_500 };
    const xml = (await xmlEmbarque(await facturX(exonere, await facturePdf(exonere))))!;
    expect(xml).toContain("<ram:CategoryCode>E</ram:CategoryCode>");
    expect(xml).toContain("<ram:ExemptionReason>Exonération de TVA, article 261-4-4° a du CGI (formation professionnelle continue)</ram:ExemptionReason>");
  });

  it("derives the French VAT number from the SIREN", () => {
    expect(tvaIntracommunautaire("12345678900011")).toBe("FR32123456789");
    expect(tvaIntracommunautaire("123")).toBeNull();
  });
});
