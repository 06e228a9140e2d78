import { createHash } from "node:crypto";
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRawStream, type PDFRef } from "@cantoo/pdf-lib";
import { InvoiceService, type Invoice } from "@e-invoice-eu/core";
import { formatHundredths } from "@sigma/kit/money/decimal";
import { MENTION_EXONERATION, type DonneesFacture } from "./donnees-facture.js";

const amount = (cents: number) => formatHundredths(cents);
const EUR = "EUR" as const;

/**
 * French intra-community VAT number derived from a SIREN (key = (12 + 3 × (SIREN mod 97)) mod 97).
 * EN 16931 (BR-S-2 / BR-E-2) wants the seller's VAT identifier; catalogue gives only the SIRET.
 */
export function tvaIntracommunautaire(siret: string | null): string | null {
  if (!siret || !/^\d{14}$/.test(siret)) return null;
  const siren = siret.slice(0, 9);
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${siren}`;
}

const UNITES: Record<string, string> = { HC: "HUR", HE: "HUR", FP: "C62", AV: "C62", RS: "C62" };
const lastDay = (mois: string) => {
  const [y, m] = mois.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/**
 * The invoice in E-Invoice-EU's internal (UBL-shaped) model, EN 16931 profile:
 * BT-13 purchase order = the bon de commande (engagement), BT-12 contract = the action,
 * BG-14 invoicing period, sellers' and buyer's SIRET as legal identifiers (scheme 0002),
 * one VAT category (E with the exemption reason, or S at the organisme's rate),
 * subcontracting and the part carried to the solde as document-level allowances,
 * the advance recovered as the prepaid amount (BT-113).
 */
export function modeleEn16931(d: DonneesFacture): Invoice {
  const exonere = d.tauxTvaPointsDeBase === 0;
  const categorie = {
    "cbc:ID": exonere ? "E" : "S",
    "cbc:Percent": formatHundredths(d.tauxTvaPointsDeBase),
    ...(exonere ? { "cbc:TaxExemptionReason": MENTION_EXONERATION } : {}),
    "cac:TaxScheme": { "cbc:ID": "VAT" },
  };
  const remises = [
    ...d.mentionsSousTraitance.map((m) => ({ reason: m.mention, cents: m.montantHT })),
    ...(d.reportAuSolde ? [{ reason: "Réalisé au-delà de 80 %, reporté au solde", cents: d.reportAuSolde }] : []),
  ];
  const vat = tvaIntracommunautaire(d.vendeur.siret);
  const invoice = {
    "ubl:Invoice": {
      "cbc:CustomizationID": "urn:cen.eu:en16931:2017",
      "cbc:ID": d.numero,
      "cbc:IssueDate": d.dateEmission,
      "cbc:InvoiceTypeCode": d.type === "AVANCE" ? "386" : "380",
      // One note (BT-22): the library writes several as one IncludedNote with several Content, which the Factur-X XSD refuses.
      "cbc:Note": [[`${d.support} - action ${d.action.numero} ${d.action.intitule}`, ...d.mentionsSousTraitance.map((m) => m.mention)].join("\n")],
      "cbc:DocumentCurrencyCode": EUR,
      "cbc:BuyerReference": d.numeroContrat,
      ...(d.moisDebut && d.moisFin ? { "cac:InvoicePeriod": { "cbc:StartDate": `${d.moisDebut}-01`, "cbc:EndDate": lastDay(d.moisFin) } } : {}),
      "cac:OrderReference": { "cbc:ID": d.numeroContrat },
      "cac:ContractDocumentReference": { "cbc:ID": d.action.numero },
      "cac:AccountingSupplierParty": {
        "cac:Party": {
          "cac:PostalAddress": {
            ...(d.vendeur.adresse ? { "cbc:StreetName": d.vendeur.adresse } : {}),
            ...(d.vendeur.ville ? { "cbc:CityName": d.vendeur.ville } : {}),
            ...(d.vendeur.codePostal ? { "cbc:PostalZone": d.vendeur.codePostal } : {}),
            "cac:Country": { "cbc:IdentificationCode": "FR" },
          },
          ...(vat ? { "cac:PartyTaxScheme": [{ "cbc:CompanyID": vat, "cac:TaxScheme": { "cbc:ID": "VAT" } }] } : {}),
          "cac:PartyLegalEntity": { "cbc:RegistrationName": d.vendeur.raisonSociale, ...(d.vendeur.siret ? { "cbc:CompanyID": d.vendeur.siret, "cbc:CompanyID@schemeID": "0002" } : {}) },
        },
      },
      "cac:AccountingCustomerParty": {
        "cac:Party": {
          "cac:PostalAddress": { "cac:Country": { "cbc:IdentificationCode": "FR" } },
          "cac:PartyLegalEntity": { "cbc:RegistrationName": d.acheteur.nom, "cbc:CompanyID": d.acheteur.siret, "cbc:CompanyID@schemeID": "0002" },
        },
      },
      ...(remises.length
        ? {
            "cac:AllowanceCharge": remises.map((r) => ({
              "cbc:ChargeIndicator": "false",
              "cbc:AllowanceChargeReason": r.reason,
              "cbc:Amount": amount(r.cents),
              "cbc:Amount@currencyID": EUR,
              "cac:TaxCategory": { "cbc:ID": categorie["cbc:ID"], "cbc:Percent": categorie["cbc:Percent"], "cac:TaxScheme": { "cbc:ID": "VAT" } },
            })),
          }
        : {}),
      "cac:TaxTotal": [
        {
          "cbc:TaxAmount": amount(d.montantTVA),
          "cbc:TaxAmount@currencyID": EUR,
          "cac:TaxSubtotal": [{ "cbc:TaxableAmount": amount(d.montantHT), "cbc:TaxableAmount@currencyID": EUR, "cbc:TaxAmount": amount(d.montantTVA), "cbc:TaxAmount@currencyID": EUR, "cac:TaxCategory": categorie }],
        },
      ],
      "cac:LegalMonetaryTotal": {
        "cbc:LineExtensionAmount": amount(d.montantRealiseHT),
        "cbc:LineExtensionAmount@currencyID": EUR,
        "cbc:TaxExclusiveAmount": amount(d.montantHT),
        "cbc:TaxExclusiveAmount@currencyID": EUR,
        "cbc:TaxInclusiveAmount": amount(d.montantTTC),
        "cbc:TaxInclusiveAmount@currencyID": EUR,
        ...(remises.length ? { "cbc:AllowanceTotalAmount": amount(d.montantRealiseHT - d.montantHT), "cbc:AllowanceTotalAmount@currencyID": EUR } : {}),
        ...(d.avanceRecuperee ? { "cbc:PrepaidAmount": amount(d.avanceRecuperee), "cbc:PrepaidAmount@currencyID": EUR } : {}),
        "cbc:PayableAmount": amount(d.montantAPayer),
        "cbc:PayableAmount@currencyID": EUR,
      },
      "cac:InvoiceLine": d.lignes.map((l, i) => ({
        "cbc:ID": String(i + 1),
        "cbc:InvoicedQuantity": formatHundredths(l.quantite),
        "cbc:InvoicedQuantity@unitCode": UNITES[l.prestation] ?? "C62",
        "cbc:LineExtensionAmount": amount(l.montant),
        "cbc:LineExtensionAmount@currencyID": EUR,
        "cac:Item": { "cbc:Name": l.libelle, "cac:ClassifiedTaxCategory": { "cbc:ID": categorie["cbc:ID"], "cbc:Percent": categorie["cbc:Percent"], "cac:TaxScheme": { "cbc:ID": "VAT" } } },
        "cac:Price": { "cbc:PriceAmount": amount(l.prixUnitaire), "cbc:PriceAmount@currencyID": EUR },
      })),
    },
  };
  return invoice as unknown as Invoice;
}

const silencieux = { log: () => {}, warn: () => {}, error: () => {} };

/**
 * Factur-X (profile EN 16931, « Comfort »): the invoice PDF turned into PDF/A-3 with the
 * CII XML embedded as factur-x.xml (AFRelationship Alternative) and the Factur-X XMP
 * metadata, by @e-invoice-eu/core.
 */
export async function facturX(d: DonneesFacture, pdf: Uint8Array): Promise<Uint8Array> {
  const service = new InvoiceService(silencieux as never);
  const result = await service.generate(modeleEn16931(d), {
    format: "Factur-X-EN16931",
    lang: "fr-fr",
    pdf: { buffer: pdf, filename: `${d.numero}.pdf`, mimetype: "application/pdf" },
    noWarnings: true,
  });
  if (typeof result === "string") throw new Error("Factur-X : un PDF était attendu");
  return ajouterEngagement(result, d.numeroContrat);
}

/**
 * @e-invoice-eu/core 2.3.4 writes BT-13 (BuyerOrderReferencedDocument, the purchase order:
 * the « numéro d'engagement » Chorus Pro matches the invoice with) only for the EXTENDED
 * profile, though EN 16931 and even MINIMUM carry it. It is inserted here in the embedded
 * factur-x.xml, at its place in the XSD sequence (before ContractReferencedDocument). Without
 * delivery data it also omits ApplicableHeaderTradeDelivery, which the Factur-X XSD requires
 * (all its children optional): an empty one is inserted before the settlement. The embedded
 * file's size and checksum are updated. Checked by xmllint against the official Factur-X
 * 1.07.3 EN 16931 XSD (facturx.xsd.test.ts).
 */
export async function ajouterEngagement(pdf: Uint8Array, engagement: string): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const names = doc.catalog.lookup(PDFName.of("Names"), PDFDict);
  const files = names.lookup(PDFName.of("EmbeddedFiles"), PDFDict).lookup(PDFName.of("Names"), PDFArray);
  for (let i = 1; i < files.size(); i += 2) {
    const ef = files.lookup(i, PDFDict).lookup(PDFName.of("EF"), PDFDict);
    const ref = ef.get(PDFName.of("F")) as PDFRef;
    const stream = doc.context.lookup(ref) as PDFRawStream;
    const xml = Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8");
    if (!xml.includes("CrossIndustryInvoice")) continue;
    let corrige = xml;
    if (!corrige.includes("BuyerOrderReferencedDocument")) {
      const bt13 = `<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>${echapper(engagement)}</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>`;
      const anchor = corrige.includes("<ram:ContractReferencedDocument>") ? "<ram:ContractReferencedDocument>" : "</ram:ApplicableHeaderTradeAgreement>";
      corrige = corrige.replace(anchor, `${bt13}\n\t\t\t${anchor}`);
    }
    if (!corrige.includes("<ram:ApplicableHeaderTradeDelivery")) {
      corrige = corrige.replace("<ram:ApplicableHeaderTradeSettlement>", "<ram:ApplicableHeaderTradeDelivery/>\n\t\t<ram:ApplicableHeaderTradeSettlement>");
    }
    if (corrige === xml) continue;
    const patched = Buffer.from(corrige, "utf8");
    const params = stream.dict.lookup(PDFName.of("Params"), PDFDict);
    params.set(PDFName.of("Size"), doc.context.obj(patched.length));
    params.set(PDFName.of("CheckSum"), PDFHexString.of(createHash("md5").update(patched).digest("hex")));
    const replacement = doc.context.flateStream(patched);
    for (const [key, value] of stream.dict.entries()) {
      if (!["/Length", "/Filter", "/DecodeParms"].includes(key.asString())) replacement.dict.set(key, value);
    }
    doc.context.assign(ref, replacement);
  }
  return doc.save({ useObjectStreams: false });
}

/** The factur-x.xml embedded in a Factur-X PDF (null when there is none). */
export async function xmlEmbarque(pdf: Uint8Array): Promise<string | null> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const files = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict)?.lookupMaybe(PDFName.of("Names"), PDFArray);
  for (let i = 1; files && i < files.size(); i += 2) {
    const ref = files.lookup(i, PDFDict).lookup(PDFName.of("EF"), PDFDict).get(PDFName.of("F")) as PDFRef;
    const xml = Buffer.from(decodePDFRawStream(doc.context.lookup(ref) as PDFRawStream).decode()).toString("utf8");
    if (xml.includes("CrossIndustryInvoice")) return xml;
  }
  return null;
}

const echapper = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
