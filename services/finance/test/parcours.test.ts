import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { startStack, type Stack } from "@sigma/stack/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xmlEmbarque } from "../src/edition/facturx.js";
import { validerFacturX, xmllintPresent } from "./facturx-xsd.js";
import { attendre, CLOTURER, CONFIRMER, EMETTRE, ENQUETE, fiche, INSCRIRE, ok, OUVRIR, refused, SAISIR, saisie, SORTIE, type Headers } from "./parcours-support.js";
import { pdfSignatureElectronique, pdfSignatureImage } from "./pdfs.js";
import { deposerFichier } from "./televersement.js";

/**
 * Issue 6's « done when », through the graph: GR237 opens its HSTA action (collective, planned
 * and real start 02/01/2023, monthly payments, VAT 19,6 %, contract 61 047,00 €), declares and
 * confirms January to April with execution's own mutations, and finance takes it from there:
 * the advance at opening, « A facturer », emission with an explicit confirmation, the PDF,
 * the signed upload (wrong name refused), a Région rejection with its reason, a new upload,
 * validation, payments, « Suivi des paiements », the advance recovered by the bands on the
 * following invoices, then closing and the bilan, and the solde validated and paid.
 * Then seed 001's October 2006 line (2 445,00 €) on OR5159's lot, whose prices are the seed's.
 * The clock stands on 10/05/2023 (SIGMA_NOW, every process): months are confirmed in the
 * first fifteen days of a later month (seed 001 § 3.5.1), so January to April can be.
 *
 * Figures (contract 6 104 700 cents, HC 9,80 €, HE 2,14 €, advance 5 %):
 * - advance: 5 % × 61 047,00 = 3 052,35 HT, TVA 598,26 (19,6 %), 3 650,61 TTC;
 * - January: 6 trainees × (150 h + 5 h justified absence) = 930 h × 9,80 = 9 114,00 HT, 14,93 %:
 *   inside the 10–20 % band, target 3 650,61 × (14,9295… − 10) / 30 = 599,85 (floored);
 * - February: 6 × (170 + 5) = 1 050 h = 10 290,00 HT, cumulated 19 404,00 = 31,79 %: inside
 *   the 30–40 % band, target 1/3 + 1/3 × 1,786…/10 = 1 434,12, so 834,27 on this invoice;
 * - March: 930 h + 6 × 70 h entreprise × 2,14 = 9 114,00 + 898,80 = 10 012,80 HT, 48,19 %
 *   (flat between bands: 2/3 = 2 433,74), so 999,62;
 * - April (the solde, after closing): 9 114,00 + 6 × 35 h × 2,14 = 9 563,40 HT, recovers the
 *   rest 1 216,87.
 */
const databases = await databasesUnderTest();
const HSTA = "2";
const NOMS = ["ARNAUD", "BLANC", "CARON", "DUMAS", "EVRARD", "FAURE"];
const HEURES: Record<string, [number, number, number]> = { "2023-01": [150, 5, 0], "2023-02": [170, 5, 0], "2023-03": [150, 5, 70], "2023-04": [150, 5, 35] };
const FACTURE = /* GraphQL */ `query ($id: ID!) { facture(id: $id) {
  numero type statut periode montantHT montantTVA montantTTC avanceRecuperee montantAPayer resteAPayer motifRejet verrouillee dateEmission dateDecision
  lignes { prestation quantite prixUnitaire montant } paiements { datePaiement montant reference } fichierSigne { nom signature }
  historique { action auteur auteurRole } } }`;

describe.each(databases)("from confirmed months to a paid invoice and a solde, through the graph, on %s", (database) => {
  let stack: Stack;
  let gr237: Headers;
  let or5159: Headers;
  let region: Headers;
  const ids: Record<string, string> = {};
  const factures: Record<string, { id: string; numero: string; nomFichierAttendu: string }> = {};
  const facture = async (id: string, headers = gr237) => (await ok<{ facture: Record<string, any> }>(stack, headers, FACTURE, { id })).facture;
  const aFacturer = async () =>
    (await ok(stack, gr237, `{ action(numero: "23C00390257_1") { aFacturer { type periode moisDebut moisFin disponible raison montantHT montantTVA montantTTC avanceRecuperee montantAPayer lignes { prestation quantite prixUnitaire montant } } } }`)).action.aFacturer as Record<string, any>[];
  const declarerMois = async (mois: string) => {
    const [c, j, e] = HEURES[mois]!;
    for (const nom of NOMS) await ok(stack, gr237, SAISIR, saisie(ids[nom]!, mois, c, j, e));
  };
  const emettre = async (moisDebut: string, moisFin = moisDebut, type = "ACOMPTE") =>
    (await ok(stack, gr237, EMETTRE, { i: { actionId: HSTA, type, moisDebut, moisFin, confirmation: true } })).emettreFacture as Record<string, any>;
  const valider = (id: string) => ok(stack, region, `mutation ($id: ID!) { validerFacture(factureId: $id) { statut } }`, { id });
  const payer = (id: string, montant: string, reference: string, date = "2023-05-10") =>
    ok(stack, region, `mutation ($i: EnregistrerPaiementInput!) { enregistrerPaiement(input: $i) { statut resteAPayer } }`, { i: { factureId: id, date, montant, reference } });
  const signer = async (id: string, nom: string) => {
    const reponse = await deposerFichier(stack.gatewayUrl, gr237, id, nom, await pdfSignatureElectronique());
    expect(reponse.status, JSON.stringify(reponse.body)).toBe(200);
    return reponse.body;
  };

  beforeAll(async () => {
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-05-10T09:00:00+02:00", FINANCE_AVANCE_INTERVALLE_MS: "300" } });
    [gr237, or5159, region] = await Promise.all(["GR237", "OR5159", "REGION"].map((id) => login(stack.gatewayUrl, id)));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("emits the advance when the action opens: 5 % of the contract, VAT 19,6 %, to sign and deposit like any invoice", async () => {
    expect((await ok(stack, gr237, `{ action(numero: "23C00390257_1") { factures { numero } } }`)).action.factures).toEqual([]);
    for (const nom of NOMS) ids[nom] = (await ok(stack, gr237, INSCRIRE, { a: HSTA, i: fiche({ nom, prenom: "CLAIRE" }) })).inscrireStagiaire.id;
    expect((await ok(stack, gr237, OUVRIR, { i: { actionId: HSTA, dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } })).ouvrirAction).toEqual({
      statut: "EC", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL",
    });
    const avance = await attendre(async () => (await ok(stack, gr237, `{ action(numero: "23C00390257_1") { factures { id numero type } } }`)).action.factures[0]);
    factures.avance = avance;
    expect(await facture(avance.id)).toMatchObject({
      numero: "23C00390257_1-AVANCE", type: "AVANCE", statut: "EMISE", periode: null, dateEmission: "2023-05-10",
      montantHT: "3052.35", montantTVA: "598.26", montantTTC: "3650.61", avanceRecuperee: "0.00", montantAPayer: "3650.61",
      lignes: [{ prestation: "AV", quantite: "1.00", prixUnitaire: "3052.35", montant: "3052.35" }],
      historique: [{ action: "émission de l'avance", auteur: "svc-finance", auteurRole: "SERVICE" }],
    });
    // The poll runs again and again: still one advance.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await ok(stack, gr237, `{ action(numero: "23C00390257_1") { factures { numero } } }`)).action.factures).toEqual([{ numero: "23C00390257_1-AVANCE" }]);
    const nom = "23C0390257_GRETA HAUTE-GARONNE_AVANCE.pdf";
    expect((await facture(avance.id)).numero).toBe("23C00390257_1-AVANCE");
    await signer(avance.id, nom);
    await valider(avance.id);
    expect((await payer(avance.id, "3650.61", "MANDAT-AV")).enregistrerPaiement).toEqual({ statut: "PAYEE", resteAPayer: "0.00" });
  });

  it("lists January in « A facturer » once confirmed, and emits it only with an explicit confirmation of its period", async () => {
    await declarerMois("2023-01");
    expect(await aFacturer()).toEqual([
      expect.objectContaining({ periode: "Janvier 2023", disponible: false, raison: "En attente de la confirmation de la déclaration de janvier 2023." }),
    ]);
    expect(await refused(stack, gr237, EMETTRE, { i: { actionId: HSTA, moisDebut: "2023-01", moisFin: "2023-01", confirmation: true } })).toEqual([
      "BAD_USER_INPUT",
      "La facture de la période Janvier 2023 ne peut pas être émise : en attente de la confirmation de la déclaration de janvier 2023.",
    ]);
    await ok(stack, gr237, CONFIRMER, { a: HSTA, m: "2023-01" });
    const janvier = {
      type: "ACOMPTE", periode: "Janvier 2023", moisDebut: "2023-01", moisFin: "2023-01", disponible: true, raison: null,
      montantHT: "9114.00", montantTVA: "1786.34", montantTTC: "10900.34", avanceRecuperee: "599.85", montantAPayer: "10300.49",
      lignes: [{ prestation: "HC", quantite: "930.00", prixUnitaire: "9.80", montant: "9114.00" }],
    };
    expect(await aFacturer()).toEqual([janvier, expect.objectContaining({ periode: "Février 2023", disponible: false })]);
    expect(await refused(stack, gr237, EMETTRE, { i: { actionId: HSTA, moisDebut: "2023-01", moisFin: "2023-01", confirmation: false } })).toEqual([
      "BAD_USER_INPUT", "Confirmez l'émission de la facture pour la période Janvier 2023.",
    ]);
    expect((await ok(stack, gr237, `{ action(numero: "23C00390257_1") { factures { numero } } }`)).action.factures).toHaveLength(1);

    const emise = await emettre("2023-01");
    factures.janvier = emise as never;
    expect(emise).toMatchObject({
      numero: "23C00390257_1-CRE-1", type: "ACOMPTE", rang: 1, periode: "Janvier 2023", statut: "EMISE",
      montantHT: "9114.00", montantTVA: "1786.34", montantTTC: "10900.34", avanceRecuperee: "599.85", montantAPayer: "10300.49",
      nomFichierAttendu: "23C0390257_GRETA HAUTE-GARONNE_ACOMPTE 1_JANVIER 2023.pdf",
    });
    expect(await refused(stack, gr237, EMETTRE, { i: { actionId: HSTA, moisDebut: "2023-01", moisFin: "2023-01", confirmation: true } })).toEqual([
      "CONFLICT", "La facture de la période Janvier 2023 a déjà été émise (n° 23C00390257_1-CRE-1).",
    ]);
    // The CRE: contractualisé from catalogue (3 composantes × 5 trainees × 400 h / 70 h), réalisé and facturé.
    const { cre } = (await ok(stack, gr237, `{ action(numero: "23C00390257_1") { cre { moisAValider tauxRealisationPointsDeBase lignes { prestation contractualise realise facture periodeCourante } } } }`)).action;
    expect(cre).toEqual({
      moisAValider: "2023-02",
      tauxRealisationPointsDeBase: 1492,
      lignes: [
        { prestation: "FP", contractualise: "0.00", realise: "0.00", facture: "0.00", periodeCourante: "0.00" },
        { prestation: "HC", contractualise: "6000.00", realise: "930.00", facture: "930.00", periodeCourante: "0.00" },
        { prestation: "HE", contractualise: "1050.00", realise: "0.00", facture: "0.00", periodeCourante: "0.00" },
      ],
    });
  });

  it("gives the PDF to sign, refuses a wrongly named signed file, and the Région's rejection reopens the invoice", async () => {
    const { id } = factures.janvier!;
    const { facture: doc } = await ok(stack, gr237, `query ($id: ID!) { facture(id: $id) { pdf { nomFichier typeMime contenuBase64 } facturX { contenuBase64 } } }`, { id });
    expect(doc.pdf.nomFichier).toBe("23C0390257_GRETA HAUTE-GARONNE_ACOMPTE 1_JANVIER 2023.pdf");
    expect(doc.pdf.typeMime).toBe("application/pdf");
    expect(Buffer.from(doc.pdf.contenuBase64, "base64").subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const xml = await xmlEmbarque(Buffer.from(doc.facturX.contenuBase64, "base64"));
    expect(xml).toContain("<ram:IssuerAssignedID>23C0390257</ram:IssuerAssignedID>");
    expect(xml).toContain("<ram:TaxBasisTotalAmount>9114.00</ram:TaxBasisTotalAmount>");
    expect(xml).toContain("<ram:DuePayableAmount>10300.49</ram:DuePayableAmount>");
    // The Factur-X served by the graph is valid against the official EN 16931 XSD (where xmllint is; always in CI).
    if (xmllintPresent) expect(validerFacturX(xml!)).toBe("");

    const avant = await facture(id);
    const mauvais = await deposerFichier(stack.gatewayUrl, gr237, id, "facture janvier signée.pdf", await pdfSignatureImage());
    expect(mauvais.status).toBe(400);
    expect(mauvais.body.errors[0]).toEqual({
      message: "Le fichier doit être nommé en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE : « 23C0390257_GRETA HAUTE-GARONNE_ACOMPTE 1_JANVIER 2023.pdf » (fichier reçu : « facture janvier signée.pdf »).",
      extensions: { code: "BAD_USER_INPUT" },
    });
    expect(await facture(id)).toEqual(avant);

    const depot = await deposerFichier(stack.gatewayUrl, gr237, id, "23C0390257_GRETA HAUTE-GARONNE_ACOMPTE 1_JANVIER 2023.pdf", await pdfSignatureImage());
    expect(depot.body).toMatchObject({ data: { statut: "SIGNEE_DEPOSEE", verrouillee: true, fichierSigne: { signature: "IMAGE" } } });
    expect(await refused(stack, region, `mutation ($id: ID!) { rejeterFacture(factureId: $id, motif: "") { statut } }`, { id })).toEqual([
      "BAD_USER_INPUT", "Indiquez le motif du rejet (3 à 500 caractères).",
    ]);
    expect(await refused(stack, gr237, `mutation ($id: ID!) { validerFacture(factureId: $id) { statut } }`, { id })).toEqual(["FORBIDDEN", "Seule la Région peut valider une facture."]);
    await ok(stack, region, `mutation ($id: ID!) { rejeterFacture(factureId: $id, motif: "Reprenez les justificatifs d'absence") { statut } }`, { id });
    expect(await facture(id)).toMatchObject({ statut: "REJETEE", motifRejet: "Reprenez les justificatifs d'absence", verrouillee: false, dateDecision: "2023-05-10" });
  });

  it("takes the new signed file, the Région validates and pays in two instalments, « Suivi des paiements » shows them", async () => {
    const { id, nomFichierAttendu } = factures.janvier!;
    expect((await signer(id, nomFichierAttendu)).data).toMatchObject({ statut: "SIGNEE_DEPOSEE", fichierSigne: { signature: "ELECTRONIQUE" } });
    expect((await valider(id)).validerFacture).toEqual({ statut: "VALIDEE" });
    expect((await payer(id, "5000.00", "MANDAT-2023-0412", "2023-05-09")).enregistrerPaiement).toEqual({ statut: "VALIDEE", resteAPayer: "5300.49" });
    expect((await payer(id, "5300.49", "MANDAT-2023-0413")).enregistrerPaiement).toEqual({ statut: "PAYEE", resteAPayer: "0.00" });
    const etat = await facture(id);
    expect(etat).toMatchObject({
      statut: "PAYEE", resteAPayer: "0.00", motifRejet: null,
      paiements: [
        { datePaiement: "2023-05-09", montant: "5000.00", reference: "MANDAT-2023-0412" },
        { datePaiement: "2023-05-10", montant: "5300.49", reference: "MANDAT-2023-0413" },
      ],
    });
    expect(etat.historique.map((e: { action: string; auteur: string }) => `${e.action} — ${e.auteur}`)).toEqual([
      "émission — GR237",
      "dépôt de la facture signée — GR237",
      "rejet Région — REGION",
      "dépôt de la facture signée — GR237",
      "validation Région — REGION",
      "paiement — REGION",
      "paiement — REGION",
      "facture payée — REGION",
    ]);
    const suivi = await ok(stack, gr237, `{ facturesParStatut(statuts: [PAYEE]) { nodes { numero montantAPayer paiements { montant reference } } } }`);
    expect(suivi.facturesParStatut.nodes).toEqual([
      { numero: "23C00390257_1-CRE-1", montantAPayer: "10300.49", paiements: [{ montant: "5000.00", reference: "MANDAT-2023-0412" }, { montant: "5300.49", reference: "MANDAT-2023-0413" }] },
      { numero: "23C00390257_1-AVANCE", montantAPayer: "3650.61", paiements: [{ montant: "3650.61", reference: "MANDAT-AV" }] },
    ]);
    // Paid: locked for everyone — no new file, no rejection, no second validation; nothing moves.
    const paye = await facture(id);
    const depot = await deposerFichier(stack.gatewayUrl, gr237, id, nomFichierAttendu, await pdfSignatureImage());
    expect([depot.status, depot.body.errors[0].message]).toEqual([
      409, "La facture 23C00390257_1-CRE-1 ne peut plus être modifiée (statut : payée). En cas d'erreur, rapprochez-vous de la Région afin qu'elle rejette la facture.",
    ]);
    expect(await refused(stack, region, `mutation ($id: ID!) { rejeterFacture(factureId: $id, motif: "Trop tard") { statut } }`, { id })).toEqual([
      "CONFLICT", "La facture 23C00390257_1-CRE-1 ne peut pas être rejetée : elle est payée.",
    ]);
    expect(await refused(stack, region, `mutation ($id: ID!) { validerFacture(factureId: $id) { statut } }`, { id })).toEqual([
      "CONFLICT", "Seule une facture signée déposée peut être validée (facture 23C00390257_1-CRE-1 : payée).",
    ]);
    expect(await facture(id)).toEqual(paye);
    // OR5159 sees none of GR237's invoices.
    expect((await ok(stack, or5159, `{ facture(id: "${id}") { numero } }`)).facture).toBeNull();
  });

  it("recovers the advance by the bands on the following invoices: inside 30–40 % in February, flat at 2/3 in March", async () => {
    await declarerMois("2023-02");
    expect(await refused(stack, gr237, EMETTRE, { i: { actionId: HSTA, moisDebut: "2023-02", moisFin: "2023-02", confirmation: true } })).toEqual([
      "BAD_USER_INPUT",
      "La facture de la période Février 2023 ne peut pas être émise : en attente de la confirmation de la déclaration de février 2023.",
    ]);
    await ok(stack, gr237, CONFIRMER, { a: HSTA, m: "2023-02" });
    const fevrier = await emettre("2023-02");
    expect(fevrier).toMatchObject({ numero: "23C00390257_1-CRE-2", montantHT: "10290.00", montantTVA: "2016.84", montantTTC: "12306.84", avanceRecuperee: "834.27", montantAPayer: "11472.57" });
    await declarerMois("2023-03");
    await ok(stack, gr237, CONFIRMER, { a: HSTA, m: "2023-03" });
    const mars = await emettre("2023-03");
    expect(mars).toMatchObject({ numero: "23C00390257_1-CRE-3", montantHT: "10012.80", montantTVA: "1962.51", montantTTC: "11975.31", avanceRecuperee: "999.62", montantAPayer: "10975.69" });
    expect((await facture(mars.id)).lignes).toEqual([
      { prestation: "HC", quantite: "930.00", prixUnitaire: "9.80", montant: "9114.00" },
      { prestation: "HE", quantite: "420.00", prixUnitaire: "2.14", montant: "898.80" },
    ]);
    for (const [f, montant] of [[fevrier, "11472.57"], [mars, "10975.69"]] as const) {
      await signer(f.id, f.nomFichierAttendu);
      await valider(f.id);
      expect((await payer(f.id, montant, `MANDAT-${f.numero}`)).enregistrerPaiement.statut).toBe("PAYEE");
    }
  });

  it("offers the solde only after closing and the bilan; it pays April and recovers the rest of the advance", async () => {
    await declarerMois("2023-04");
    // The trainees leave on 28/04, before April is confirmed (an exit may not fall in a confirmed month).
    for (const nom of NOMS) await ok(stack, gr237, SORTIE, { i: { stagiaireId: ids[nom], dateSortie: "2023-04-28", finFormation: true } });
    await ok(stack, gr237, CONFIRMER, { a: HSTA, m: "2023-04" });
    // Before closing: April as a monthly acompte (May in progress), no solde.
    expect((await aFacturer()).map((f) => [f.type, f.periode, f.disponible])).toEqual([["ACOMPTE", "Avril 2023", true], ["ACOMPTE", "Mai 2023", false]]);
    expect(await refused(stack, gr237, EMETTRE, { i: { actionId: HSTA, type: "SOLDE", confirmation: true } })).toEqual(["BAD_USER_INPUT", "Aucune facture à émettre pour le solde. Période(s) à facturer : Avril 2023."]);
    await ok(stack, gr237, CLOTURER, { a: HSTA, d: "2023-04-28" });
    // Closed, the bilan not complete: April may still go as an acompte; the solde waits for the bilan.
    expect((await aFacturer()).map((f) => [f.type, f.periode, f.disponible, f.raison])).toEqual([
      ["ACOMPTE", "Avril 2023", true, null],
      ["SOLDE", "Janvier 2023 - Avril 2023", false, "Le solde sera disponible quand le bilan de chaque stagiaire sera saisi."],
    ]);
    for (const nom of NOMS) await ok(stack, gr237, ENQUETE, { i: { stagiaireId: ids[nom], moment: "SORTIE", situation: "AUTRE_SITUATION" } });
    const [solde] = await aFacturer();
    expect(solde).toEqual({
      type: "SOLDE", periode: "Janvier 2023 - Avril 2023", moisDebut: "2023-01", moisFin: "2023-04", disponible: true, raison: null,
      montantHT: "9563.40", montantTVA: "1874.43", montantTTC: "11437.83", avanceRecuperee: "1216.87", montantAPayer: "10220.96",
      lignes: [
        { prestation: "HC", quantite: "930.00", prixUnitaire: "9.80", montant: "9114.00" },
        { prestation: "HE", quantite: "210.00", prixUnitaire: "2.14", montant: "449.40" },
      ],
    });
    const emis = await emettre("2023-01", "2023-04", "SOLDE");
    expect(emis).toMatchObject({ numero: "23C00390257_1-SOLDE", type: "SOLDE", montantAPayer: "10220.96", nomFichierAttendu: "23C0390257_GRETA HAUTE-GARONNE_SOLDE_JANVIER 2023 - AVRIL 2023.pdf" });
    await signer(emis.id, emis.nomFichierAttendu);
    await valider(emis.id);
    expect((await payer(emis.id, "10220.96", "MANDAT-SOLDE")).enregistrerPaiement).toEqual({ statut: "PAYEE", resteAPayer: "0.00" });

    // The whole account: the advance recovered exactly, the solde = realised TTC − everything received before it.
    const { factures: toutes } = (await ok(stack, region, `{ action(numero: "23C00390257_1") { factures { numero statut montantTTC avanceRecuperee montantAPayer } } }`)).action;
    expect(toutes.map((f: { numero: string; statut: string }) => [f.numero, f.statut])).toEqual([
      ["23C00390257_1-AVANCE", "PAYEE"], ["23C00390257_1-CRE-1", "PAYEE"], ["23C00390257_1-CRE-2", "PAYEE"], ["23C00390257_1-CRE-3", "PAYEE"], ["23C00390257_1-SOLDE", "PAYEE"],
    ]);
    const cents = (m: string) => Math.round(Number(m) * 100);
    const [avance, ...autres] = toutes as { montantTTC: string; avanceRecuperee: string; montantAPayer: string }[];
    expect(autres.reduce((s, f) => s + cents(f.avanceRecuperee), 0)).toBe(cents(avance!.montantTTC));
    const realiseTTC = autres.reduce((s, f) => s + cents(f.montantTTC), 0);
    const recuAvant = cents(avance!.montantAPayer) + autres.slice(0, -1).reduce((s, f) => s + cents(f.montantAPayer), 0);
    expect(realiseTTC - recuAvant).toBe(cents(autres.at(-1)!.montantAPayer));
    expect((await ok(stack, gr237, `{ action(numero: "23C00390257_1") { aFacturer { periode } } }`)).action.aFacturer).toEqual([]);
    const [code, message] = await refused(stack, gr237, EMETTRE, { i: { actionId: HSTA, moisDebut: "2023-04", moisFin: "2023-04", confirmation: true } });
    expect([code, message]).toEqual(["BAD_USER_INPUT", "Aucune facture à émettre pour la période Avril 2023."]);
  });

  it("seed 001's October 2006 line on OR5159's lot (7,00 € / 1,00 €): centre 300 + 35 h, entreprise 100 h → 2 445,00 €", async () => {
    const { action } = await ok(stack, or5159, `{ action(numero: "23P0000000_TEST_1") { stagiaires { id nom } } }`);
    const id = Object.fromEntries(action.stagiaires.map((s: { id: string; nom: string }) => [s.nom, s.id]));
    // December 2022 (the demo's first unconfirmed month): three trainees, as in the seed's table.
    await ok(stack, or5159, SAISIR, saisie(id.FRANCO, "2022-12", 100, 35, 0));
    await ok(stack, or5159, SAISIR, saisie(id.KOURNIKOVA, "2022-12", 100, 0, 60));
    await ok(stack, or5159, SAISIR, saisie(id.BORG, "2022-12", 100, 0, 40));
    for (const mois of ["2022-12", "2023-01", "2023-02"]) await ok(stack, or5159, CONFIRMER, { a: "1", m: mois });
    const { aFacturer } = (await ok(stack, or5159, `{ action(numero: "23P0000000_TEST_1") { aFacturer { periode disponible montantHT montantTTC montantAPayer lignes { prestation quantite prixUnitaire montant } } } }`)).action;
    expect(aFacturer[0]).toEqual({
      periode: "Décembre 2022 - Février 2023", disponible: true, montantHT: "2445.00", montantTTC: "2445.00", montantAPayer: "2445.00",
      lignes: [
        { prestation: "HC", quantite: "335.00", prixUnitaire: "7.00", montant: "2345.00" },
        { prestation: "HE", quantite: "100.00", prixUnitaire: "1.00", montant: "100.00" },
      ],
    });
    const emise = (await ok(stack, or5159, EMETTRE, { i: { actionId: "1", moisDebut: "2022-12", moisFin: "2023-02", confirmation: true } })).emettreFacture;
    expect(emise).toMatchObject({ numero: "23P0000000_TEST_1-CRE-2", montantHT: "2445.00", montantTVA: "0.00", montantTTC: "2445.00" });
  });
});

