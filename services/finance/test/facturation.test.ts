import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql, type GraphQLResponse } from "@sigma/stack/support/graphql";
import { startStack, type Stack } from "@sigma/stack/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { xmlEmbarque } from "../src/edition/facturx.js";
import { pdfSignatureElectronique, pdfSignatureImage } from "./pdfs.js";

/**
 * The invoicing workflow through the real stack (three subgraphs + gateway), on the demo's
 * CRE intermédiaire (seed 000). Nothing is mocked. Where catalogue's and execution's CONTRACTS
 * fields are not on the supergraph yet (this branch before the merge), « A facturer » is empty,
 * the CRE null and an emission refused with SERVICE_UNAVAILABLE; once they are, the same test
 * checks seed 000's CRE columns and the refusal of an unconfirmed month through the graph.
 */
const databases = await databasesUnderTest();
const NOM = "23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_SEPTEMBRE 2022 - NOVEMBRE 2022.pdf";
const ETAT = /* GraphQL */ `query ($id: ID!) { facture(id: $id) { numero statut motifRejet verrouillee fichierSigne { nom signature sha256 taille } resteAPayer historique { action auteur auteurRole } paiements { reference montant datePaiement } } }`;

type Headers = Record<string, string>;
const refus = (body: GraphQLResponse) => ({ code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message });

describe.each(databases)("invoicing workflow on %s", (database) => {
  let stack: Stack;
  let of: Headers;
  let autreOf: Headers;
  let region: Headers;
  let carif: Headers;
  const gql = async <T = Record<string, unknown>>(headers: Headers, query: string, variables: Record<string, unknown> = {}) => (await graphql<T>(stack.gatewayUrl, query, variables, headers)).body;
  const etat = async () => (await gql<{ facture: Record<string, unknown> }>(region, ETAT, { id: "1" })).data!.facture;
  const deposer = (headers: Headers, nomFichier: string, contenu: Buffer | string) =>
    gql(headers, `mutation ($i: DeposerFactureSigneeInput!) { deposerFactureSignee(input: $i) { statut verrouillee fichierSigne { signature } } }`, {
      i: { factureId: "1", nomFichier, contenuBase64: typeof contenu === "string" ? contenu : contenu.toString("base64") },
    });

  beforeAll(async () => {
    stack = await startStack({ database, env: { FINANCE_PDF_MAX_OCTETS: "30000" } });
    [of, autreOf, region, carif] = await Promise.all(["OR5159", "GR237", "REGION", "CARIF"].map((id) => login(stack.gatewayUrl, id)));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("shows the demo invoice to its organisme and the Région only", async () => {
    const body = await gql<{ action: { factures: Record<string, unknown>[] } }>(of, `{ action(numero: "23P0000000_TEST_1") { factures { numero support periode montantHT montantTTC montantAPayer statut dateEmission nomFichierAttendu verrouillee lignes { prestation quantite prixUnitaire montant } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.action.factures).toEqual([
      {
        numero: "23P0000000_TEST_1-CRE-1",
        support: "CRE intermédiaire",
        periode: "Septembre 2022 - Novembre 2022",
        montantHT: "3175.00",
        montantTTC: "3175.00",
        montantAPayer: "3175.00",
        statut: "EMISE",
        dateEmission: "2023-01-11",
        nomFichierAttendu: NOM,
        verrouillee: false,
        lignes: [{ prestation: "FP", quantite: "1.00", prixUnitaire: "3175.00", montant: "3175.00" }],
      },
    ]);
    expect((await gql(autreOf, `{ facture(id: "1") { numero } }`)).data).toEqual({ facture: null });
    expect((await gql(region, `{ facture(id: "1 OR 1=1") { numero } }`)).data).toEqual({ facture: null });
    expect(refus(await gql(region, `mutation { validerFacture(factureId: "abc") { statut } }`))).toEqual({ code: "NOT_FOUND", message: "Facture introuvable." });
    expect(refus(await gql(of, `mutation { emettreFacture(input: { actionId: "1", type: AVANCE, confirmation: true }) { numero } }`))).toEqual({
      code: "BAD_USER_INPUT",
      message: "L'avance est émise automatiquement à l'ouverture de l'action : elle ne se demande pas.",
    });
    expect(refus(await gql(carif, `{ facture(id: "1") { numero } }`))).toEqual({ code: "FORBIDDEN", message: "Vous n'avez pas accès à cette ressource." });
  });

  it("reads catalogue and execution through the gateway — or, while their fields are not on the supergraph, uses nothing", async () => {
    const fields = (await gql<{ __type: { fields: { name: string }[] } }>(region, `{ __type(name: "Action") { fields { name } } }`)).data!.__type.fields.map((f) => f.name);
    const merged = fields.includes("prixTotal") && fields.includes("declarations");
    const body = await gql<{ action: { aFacturer: unknown[]; cre: unknown } }>(of, `{ action(numero: "23P0000000_TEST_1") { aFacturer { periode disponible raison } cre { moisAValider periodeFacturation lignes { prestation contractualise realise facture } } } }`);
    expect(body.errors).toBeUndefined();
    const emission = await gql(of, `mutation { emettreFacture(input: { actionId: "1", moisDebut: "2022-12", moisFin: "2023-02", confirmation: true }) { numero } }`);
    const sousTraitance = `mutation { enregistrerFactureSousTraitant(input: { actionId: "1", sousTraitantId: "999", montantHT: "1500.00" }) { mention } }`;
    if (merged) {
      // Seed 000: « A valider : Décembre 2022 », « Période de facturation : Déc. - Fév. 2023 », the CRE columns.
      expect(body.data!.action).toEqual({
        aFacturer: [{ periode: "Décembre 2022 - Février 2023", disponible: false, raison: "En attente de la confirmation de la déclaration de décembre 2022." }],
        cre: {
          moisAValider: "2022-12",
          periodeFacturation: "Décembre 2022 - Février 2023",
          lignes: [
            { prestation: "FP", contractualise: "120.00", realise: expect.any(String), facture: "1.00" },
            { prestation: "HC", contractualise: "37200.00", realise: "270.00", facture: "0.00" },
            { prestation: "HE", contractualise: "16800.00", realise: "173.00", facture: "0.00" },
          ],
        },
      });
      expect(refus(emission)).toEqual({
        code: "BAD_USER_INPUT",
        message: "La facture de la période Décembre 2022 - Février 2023 ne peut pas être émise : en attente de la confirmation de la déclaration de décembre 2022.",
      });
      expect(refus(await gql(of, sousTraitance))).toEqual({ code: "BAD_USER_INPUT", message: "Ce contractant n'est pas un sous-traitant du marché de l'action." });
    } else {
      expect(body.data!.action).toEqual({ aFacturer: [], cre: null });
      expect(refus(emission)).toEqual({ code: "SERVICE_UNAVAILABLE", message: "Les données de l'action (catalogue, exécution) sont momentanément indisponibles : réessayez dans quelques instants." });
      expect(refus(await gql(of, sousTraitance))).toEqual({ code: "SERVICE_UNAVAILABLE", message: "Le catalogue est momentanément indisponible : réessayez dans quelques instants." });
    }
    expect(refus(await gql(region, `mutation { emettreFacture(input: { actionId: "1", moisDebut: "2022-12", moisFin: "2023-02", confirmation: true }) { numero } }`))).toEqual({
      code: "FORBIDDEN",
      message: "Seul l'organisme de formation émet ses factures.",
    });
    expect(refus(await gql(autreOf, `mutation { emettreFacture(input: { actionId: "1", moisDebut: "2022-12", moisFin: "2023-02", confirmation: true }) { numero } }`)).code).toBe(merged ? "NOT_FOUND" : "SERVICE_UNAVAILABLE");
    expect(refus(await gql(region, sousTraitance))).toEqual({ code: "FORBIDDEN", message: "Seul le titulaire saisit la facture d'un sous-traitant." });
    // Nothing was written by the refusals.
    const apres = await gql<{ action: { factures: unknown[]; sousTraitances: unknown[] } }>(of, `{ action(numero: "23P0000000_TEST_1") { factures { numero } sousTraitances { mention } } }`);
    expect(apres.data!.action).toEqual({ factures: [{ numero: "23P0000000_TEST_1-CRE-1" }], sousTraitances: [] });
  });

  it("refuses every bad upload with a French message and leaves the invoice untouched", async () => {
    const avant = await etat();
    expect(avant).toMatchObject({ statut: "EMISE", fichierSigne: null, historique: [] });
    const pdf = await pdfSignatureImage();
    expect(refus(await deposer(region, NOM, pdf))).toEqual({ code: "FORBIDDEN", message: "Seul l'organisme de formation dépose la facture signée." });
    expect(refus(await deposer(autreOf, NOM, pdf))).toEqual({ code: "NOT_FOUND", message: "Facture introuvable." });
    expect(refus(await deposer(of, "test facture.pdf", pdf))).toEqual({
      code: "BAD_USER_INPUT",
      message: `Le fichier doit être nommé en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE : « ${NOM} » (fichier reçu : « test facture.pdf »).`,
    });
    expect(refus(await deposer(of, NOM.toLowerCase(), pdf)).code).toBe("BAD_USER_INPUT");
    expect(refus(await deposer(of, NOM, Buffer.from("PK\u0003\u0004 ceci est un docx renommé en .pdf".repeat(10))))).toEqual({
      code: "BAD_USER_INPUT",
      message: "Le fichier déposé n'est pas un PDF valide : déposez la facture signée au format PDF.",
    });
    expect(refus(await deposer(of, NOM, "pas du base64 !"))).toEqual({ code: "BAD_USER_INPUT", message: "Le contenu du fichier doit être encodé en base64." });
    const gros = Buffer.concat([pdf, Buffer.alloc(40_000, 32)]);
    expect(refus(await deposer(of, NOM, gros))).toEqual({ code: "BAD_USER_INPUT", message: "Le fichier dépasse la taille maximale de 0,03 Mo." });
    expect(await etat()).toEqual(avant);
  });

  it("locks the invoice once the signed PDF is deposited: a second upload is refused", async () => {
    const image = await pdfSignatureImage();
    const depot = await gql(of, `mutation ($i: DeposerFactureSigneeInput!) { deposerFactureSignee(input: $i) { statut verrouillee fichierSigne { nom signature taille } } }`, {
      i: { factureId: "1", nomFichier: NOM.replace(".pdf", ".PDF"), contenuBase64: image.toString("base64") },
    });
    expect(depot.errors).toBeUndefined();
    expect(depot.data).toEqual({ deposerFactureSignee: { statut: "SIGNEE_DEPOSEE", verrouillee: true, fichierSigne: { nom: NOM.replace(".pdf", ".PDF"), signature: "IMAGE", taille: image.length } } });
    const avant = await etat();
    expect(refus(await deposer(of, NOM, await pdfSignatureElectronique()))).toEqual({
      code: "CONFLICT",
      message: "La facture 23P0000000_TEST_1-CRE-1 ne peut plus être modifiée (statut : signée déposée). En cas d'erreur, rapprochez-vous de la Région afin qu'elle rejette la facture.",
    });
    expect(await etat()).toEqual(avant);
  });

  it("lets only the Région decide, with a reason for a rejection; the OF sees it at once and may deposit again", async () => {
    const avant = await etat();
    expect(refus(await gql(of, `mutation { validerFacture(factureId: "1") { statut } }`))).toEqual({ code: "FORBIDDEN", message: "Seule la Région peut valider une facture." });
    expect(refus(await gql(of, `mutation { rejeterFacture(factureId: "1", motif: "je me rejette") { statut } }`))).toEqual({ code: "FORBIDDEN", message: "Seule la Région peut rejeter une facture." });
    expect(refus(await gql(region, `mutation { rejeterFacture(factureId: "1", motif: " ") { statut } }`))).toEqual({ code: "BAD_USER_INPUT", message: "Indiquez le motif du rejet (3 à 500 caractères)." });
    // The role is checked before the input: another caller learns nothing from a bad input.
    expect(refus(await gql(of, `mutation { rejeterFacture(factureId: "1", motif: " ") { statut } }`)).code).toBe("FORBIDDEN");
    expect(refus(await gql(region, `mutation { emettreFacture(input: { actionId: "1", type: AVANCE, confirmation: true }) { numero } }`)).code).toBe("FORBIDDEN");
    expect(refus(await gql(region, `mutation { rejeterFacture(factureId: "999", motif: "Inconnue") { statut } }`))).toEqual({ code: "NOT_FOUND", message: "Facture introuvable." });
    expect(await etat()).toEqual(avant);

    const rejet = await gql(region, `mutation { rejeterFacture(factureId: "1", motif: "Reprenez les justificatifs d'absence") { statut motifRejet } }`);
    expect(rejet.data).toEqual({ rejeterFacture: { statut: "REJETEE", motifRejet: "Reprenez les justificatifs d'absence" } });
    const vu = await gql<{ facture: Record<string, unknown> }>(of, `{ facture(id: "1") { statut motifRejet verrouillee dateDecision } }`);
    expect(vu.data!.facture).toMatchObject({ statut: "REJETEE", motifRejet: "Reprenez les justificatifs d'absence", verrouillee: false });

    const signe = await deposer(of, NOM, await pdfSignatureElectronique());
    expect(signe.data).toEqual({ deposerFactureSignee: { statut: "SIGNEE_DEPOSEE", verrouillee: true, fichierSigne: { signature: "ELECTRONIQUE" } } });
    expect(refus(await gql(region, `mutation { enregistrerPaiement(input: { factureId: "1", date: "2023-02-01", montant: "10.00", reference: "X" }) { statut } }`))).toEqual({
      code: "CONFLICT",
      message: "Un paiement ne s'enregistre que sur une facture validée (facture 23P0000000_TEST_1-CRE-1 : signée déposée).",
    });
    const validation = await gql(region, `mutation { validerFacture(factureId: "1") { statut } }`);
    expect(validation.data).toEqual({ validerFacture: { statut: "VALIDEE" } });
    expect((await gql<{ facture: { statut: string } }>(of, `{ facture(id: "1") { statut } }`)).data!.facture.statut).toBe("VALIDEE");
    expect(refus(await gql(region, `mutation { validerFacture(factureId: "1") { statut } }`)).code).toBe("CONFLICT");
  });

  it("records payments until the invoice is paid, refusing what does not fit", async () => {
    const payer = (headers: Headers, montant: string, reference: string, date = "2023-02-15") =>
      gql(headers, `mutation ($i: EnregistrerPaiementInput!) { enregistrerPaiement(input: $i) { statut resteAPayer } }`, { i: { factureId: "1", date, montant, reference } });
    const avant = await etat();
    expect(refus(await payer(of, "10.00", "MANDAT-1"))).toEqual({ code: "FORBIDDEN", message: "Seule la Région peut enregistrer un paiement sur une facture." });
    expect(refus(await payer(of, "0", " ")).code).toBe("FORBIDDEN");
    expect(refus(await payer(region, "3175.01", "MANDAT-1"))).toEqual({ code: "BAD_USER_INPUT", message: "Le paiement (3 175,01 €) dépasse le reste à payer (3 175,00 €)." });
    expect(refus(await payer(region, "100.00", "MANDAT-1", "2999-01-01")).message).toMatch(/^La date de paiement \(01\/01\/2999\) ne peut pas être postérieure à aujourd'hui/);
    expect(refus(await payer(region, "0", "MANDAT-1"))).toEqual({ code: "BAD_USER_INPUT", message: "Le montant du paiement doit être positif." });
    expect(await etat()).toEqual(avant);

    expect((await payer(region, "1000.00", "MANDAT-1")).data).toEqual({ enregistrerPaiement: { statut: "VALIDEE", resteAPayer: "2175.00" } });
    expect(refus(await payer(region, "1.00", "MANDAT-1"))).toEqual({ code: "CONFLICT", message: "Le paiement de référence « MANDAT-1 » est déjà enregistré sur cette facture." });
    expect((await payer(region, "2175.00", "MANDAT-2")).data).toEqual({ enregistrerPaiement: { statut: "PAYEE", resteAPayer: "0.00" } });

    const vu = await gql<{ facture: Record<string, unknown> }>(of, ETAT, { id: "1" });
    expect(vu.data!.facture).toMatchObject({
      statut: "PAYEE",
      resteAPayer: "0.00",
      paiements: [
        { reference: "MANDAT-1", montant: "1000.00", datePaiement: "2023-02-15" },
        { reference: "MANDAT-2", montant: "2175.00", datePaiement: "2023-02-15" },
      ],
    });
    expect((vu.data!.facture.historique as { action: string; auteur: string }[]).map((e) => `${e.action} par ${e.auteur}`)).toEqual([
      "dépôt de la facture signée par OR5159",
      "rejet Région par REGION",
      "dépôt de la facture signée par OR5159",
      "validation Région par REGION",
      "paiement par REGION",
      "paiement par REGION",
      "facture payée par REGION",
    ]);
  });

  it("prints the invoice, its Factur-X, gives the signed file back and edits payment requests by status", async () => {
    const body = await gql<{ facture: { pdf: { nomFichier: string; contenuBase64: string }; facturX: { contenuBase64: string }; pdfSigne: { contenuBase64: string }; fichierSigne: { sha256: string } } }>(
      of,
      `{ facture(id: "1") { pdf { nomFichier typeMime contenuBase64 } facturX { contenuBase64 } pdfSigne { contenuBase64 } fichierSigne { sha256 } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { pdf, facturX, pdfSigne, fichierSigne } = body.data!.facture;
    expect(pdf.nomFichier).toBe(NOM);
    expect(Buffer.from(pdf.contenuBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    const xml = await xmlEmbarque(Buffer.from(facturX.contenuBase64, "base64"));
    expect(xml).toContain("<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>23P0000000</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>");
    expect(xml).toContain("<ram:DuePayableAmount>3175.00</ram:DuePayableAmount>");
    expect(createHash("sha256").update(Buffer.from(pdfSigne.contenuBase64, "base64")).digest("hex")).toBe(fichierSigne.sha256);

    const edition = await gql<{ editionDemandesPaiement: { nomFichier: string; contenuBase64: string } }>(region, `{ editionDemandesPaiement(etat: VALIDEES) { nomFichier contenuBase64 } }`);
    expect(edition.data!.editionDemandesPaiement.nomFichier).toBe("demandes-validees.pdf");
    expect(Buffer.from(edition.data!.editionDemandesPaiement.contenuBase64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    expect(refus(await gql(carif, `{ editionDemandesPaiement(etat: REJETEES) { nomFichier } }`)).code).toBe("FORBIDDEN");
  });

  it("batches every list field: the SQL statement count does not grow with the number of actions", async () => {
    const entities = (ids: string[]) =>
      graphql(
        stack.subgraphUrls.finance!,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { factures { numero lignes { montant } paiements { montant } historique { action } mentionsSousTraitance { mention } } sousTraitances { mention } } } }`,
        { r: ids.map((id) => ({ __typename: "Action", id })) },
        region,
      );
    const one = await entities(["1"]);
    const many = await entities(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    // factures, lignes, paiements, historique, sous-traitance mentions, sous-traitances: one statement each.
    expect(one.body.extensions?.sqlStatements).toBe(6);
    expect(many.body.extensions?.sqlStatements).toBe(6);
    const page = (n: number) => graphql(stack.subgraphUrls.finance!, `query ($n: Int) { facturesParStatut(premiers: $n) { nodes { numero lignes { montant } paiements { montant } historique { action } } } }`, { n }, region);
    expect((await page(1)).body.extensions?.sqlStatements).toBe((await page(50)).body.extensions?.sqlStatements);
  });
});
