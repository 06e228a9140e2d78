import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { startStack, type Stack } from "@sigma/stack/stack";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@sigma/kit/db/data-source";
import { databaseConfig } from "@sigma/kit/db/database-config";
import { financeModel } from "../src/model.js";
import { FactureSousTraitant } from "../src/sous-traitance/sous-traitance.entity.js";
import { pdfBombe, pdfSignatureImage, pdfVolumineux } from "./pdfs.js";
import { deposerFichier, envoyerGros, urlDepot } from "./televersement.js";

/**
 * The signed-PDF upload through the gateway's binary endpoint (`/televersements/facture-signee`,
 * up to MAX_UPLOAD_BYTES = 5 MB, the GraphQL endpoint keeping its 100 kB) and issue 9's abuse
 * cases: each refused early with a French message, the invoice untouched and nothing stored.
 * On the demo's CRE intermédiaire (OR5159, émise).
 */
const databases = await databasesUnderTest();
const NOM = "23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_SEPTEMBRE 2022 - NOVEMBRE 2022.pdf";
const ETAT = `{ facture(id: "1") { statut verrouillee fichierSigne { nom taille sha256 signature } historique { action } } }`;

describe.each(databases)("signed PDF upload endpoint on %s", (database) => {
  let stack: Stack;
  let of: Record<string, string>;
  let autreOf: Record<string, string>;
  const stockes = () => {
    const dir = path.join(stack.dataDir, "finance-fichiers");
    return existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".pdf")) : [];
  };
  const etat = async () => (await graphql(stack.gatewayUrl, ETAT, {}, of)).body.data;
  /** The refusal left no trace: same invoice, same history, no file stored. */
  const inchange = async (avant: unknown) => {
    expect(await etat()).toEqual(avant);
    expect(stockes()).toEqual([]);
  };

  beforeAll(async () => {
    stack = await startStack({ database });
    [of, autreOf] = await Promise.all(["OR5159", "GR237"].map((id) => login(stack.gatewayUrl, id)));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("refuses a caller without a valid token, another organisme's invoice and another content type", async () => {
    const avant = await etat();
    const pdf = await pdfSignatureImage();
    expect(await deposerFichier(stack.gatewayUrl, {}, "1", NOM, pdf)).toMatchObject({
      status: 401, body: { errors: [{ message: "Session invalide ou expirée : veuillez vous identifier de nouveau.", extensions: { code: "UNAUTHENTICATED" } }] },
    });
    expect(await deposerFichier(stack.gatewayUrl, { authorization: "Bearer eyJhbGciOiJFZERTQSJ9.e30.c2ln" }, "1", NOM, pdf)).toMatchObject({ status: 401 });
    expect(await deposerFichier(stack.gatewayUrl, autreOf, "1", NOM, pdf)).toMatchObject({ status: 404, body: { errors: [{ message: "Facture introuvable.", extensions: { code: "NOT_FOUND" } }] } });
    for (const type of ["application/zip", "multipart/form-data; boundary=x", "application/octet-stream", "text/plain"]) {
      expect(await deposerFichier(stack.gatewayUrl, of, "1", NOM, pdf, type)).toMatchObject({
        status: 415, body: { errors: [{ message: "Le fichier doit être envoyé au format PDF (type application/pdf).", extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }] },
      });
    }
    // Finance checks the token again (zero trust), should anything reach its loopback port directly.
    const direct = await fetch(`${stack.subgraphUrls.finance!.replace(/\/graphql$/, "/fichiers/facture-signee")}?factureId=1&nomFichier=x.pdf`, { method: "POST", headers: { "content-type": "application/pdf" }, body: pdf });
    expect(direct.status).toBe(401);
    await inchange(avant);
  });

  it("refuses what is not a real PDF by its content: a zip, a truncated PDF, a renamed text file", async () => {
    const avant = await etat();
    const pasPdf = { status: 400, body: { errors: [{ message: "Le fichier déposé n'est pas un PDF valide : déposez la facture signée au format PDF.", extensions: { code: "BAD_USER_INPUT" } }] } };
    // A zip whose entry inflates to 100 MB, sent as a PDF.
    const zip = Buffer.concat([Buffer.from("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000", "latin1"), deflateSync(Buffer.alloc(100_000_000), { level: 9 })]);
    expect(await deposerFichier(stack.gatewayUrl, of, "1", NOM, zip)).toMatchObject(pasPdf);
    const complet = await pdfSignatureImage();
    expect(await deposerFichier(stack.gatewayUrl, of, "1", NOM, complet.subarray(0, Math.floor(complet.length / 2)))).toMatchObject(pasPdf);
    expect(await deposerFichier(stack.gatewayUrl, of, "1", NOM, Buffer.from("%PDF-1.7\n".padEnd(400, "x")))).toMatchObject(pasPdf);
    expect(await deposerFichier(stack.gatewayUrl, of, "1", NOM, Buffer.alloc(0))).toMatchObject({ status: 400, body: { errors: [{ message: "Le fichier déposé est vide." }] } });
    await inchange(avant);
  });

  it("refuses a PDF carrying a compressed-stream bomb (300 MB inflated from about 300 kB) without inflating it", async () => {
    const avant = await etat();
    const bombe = await pdfBombe(300_000_000);
    expect(bombe.length).toBeLessThan(1_000_000);
    const reponse = await deposerFichier(stack.gatewayUrl, of, "1", NOM, bombe);
    expect(reponse).toMatchObject({
      status: 400,
      body: {
        errors: [{
          message: "Le fichier déposé contient un flux compressé qui dépasse 50 Mo une fois décompressé : il est refusé. Déposez la facture signée telle que votre logiciel l'a produite.",
          extensions: { code: "BAD_USER_INPUT" },
        }],
      },
    });
    await inchange(avant);
    // Finance is still there and answers at once.
    expect((await graphql(stack.gatewayUrl, `{ facture(id: "1") { numero } }`, {}, of)).body.data).toEqual({ facture: { numero: "23P0000000_TEST_1-CRE-1" } });
  });

  it("refuses a 100 MB body at once, declared or not, and keeps none of it", async () => {
    const avant = await etat();
    const attendu = { errors: [{ message: "Le fichier dépasse la taille maximale de 5 Mo.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] };
    const declare = await envoyerGros(stack.gatewayUrl, of, "1", NOM, 100_000_000, true);
    expect(declare).toMatchObject({ status: 413, body: attendu });
    // Answered on the declared length, before the body: far from 100 MB had gone when it came back.
    expect(declare.ms).toBeLessThan(3_000);
    expect(declare.envoye).toBeLessThan(100_000_000);
    const chunked = await envoyerGros(stack.gatewayUrl, of, "1", NOM, 100_000_000, false);
    expect(chunked).toMatchObject({ status: 413, body: attendu });
    expect(chunked.ms).toBeLessThan(5_000);
    await inchange(avant);
    // The GraphQL endpoint keeps its 100 kB limit: a PDF in base64 above it never reaches finance.
    const gros = await pdfVolumineux(200_000);
    const { status } = await graphql(stack.gatewayUrl, `mutation ($i: DeposerFactureSigneeInput!) { deposerFactureSignee(input: $i) { statut } }`, { i: { factureId: "1", nomFichier: NOM, contenuBase64: gros.toString("base64") } }, of);
    expect(status).toBe(413);
    await inchange(avant);
  });

  it("takes a genuine 3 MB signed PDF (forty times what base64 in GraphQL could carry), stores it once by its SHA-256 and locks the invoice", async () => {
    const pdf = await pdfVolumineux(3_000_000);
    const reponse = await deposerFichier(stack.gatewayUrl, of, "1", NOM, pdf);
    expect(reponse.status, JSON.stringify(reponse.body)).toBe(200);
    const { createHash } = await import("node:crypto");
    const sha256 = createHash("sha256").update(pdf).digest("hex");
    expect(reponse.body.data).toMatchObject({ numero: "23P0000000_TEST_1-CRE-1", statut: "SIGNEE_DEPOSEE", verrouillee: true, fichierSigne: { nom: NOM, taille: pdf.length, sha256, signature: "IMAGE" } });
    expect(stockes()).toEqual([path.join(sha256.slice(0, 2), `${sha256}.pdf`)]);
    expect(await etat()).toMatchObject({ facture: { statut: "SIGNEE_DEPOSEE", fichierSigne: { sha256 }, historique: [{ action: "dépôt de la facture signée" }] } });
    const encore = await deposerFichier(stack.gatewayUrl, of, "1", NOM, await pdfSignatureImage());
    expect(encore.status).toBe(409);
    expect(encore.body.errors[0].message).toBe(
      "La facture 23P0000000_TEST_1-CRE-1 ne peut plus être modifiée (statut : signée déposée). En cas d'erreur, rapprochez-vous de la Région afin qu'elle rejette la facture.",
    );
    expect(urlDepot(stack.gatewayUrl, "1", NOM)).toContain("/televersements/facture-signee?factureId=1&nomFichier=23P0000000_ORGANISME+TEST");
  });

  it("lets the Région validate or reject a subcontractor's invoice through the graph; the titulaire sees each decision at once", async () => {
    // Catalogue's demo marché has no sous-traitant, so the titulaire's « Créer une facture pour un
    // sous-traitant » cannot run here (test/emission.test.ts covers it): two are written in finance's own database.
    const env = stack.database === "sqlite" ? { SIGMA_DATA_DIR: stack.dataDir, DATABASE_URL: "" } : { DATABASE_URL: process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306", DATABASE_PREFIX: stack.databasePrefix };
    const db = await openDatabase(databaseConfig("finance", env), financeModel);
    const repo = db.getRepository(FactureSousTraitant);
    const saisir = (montantHT: number) => repo.save(repo.create({ actionId: 1, organismeId: 1, sousTraitantId: 3, sousTraitant: "CEVENNES-GESTION", montantHT, dateSaisie: "2023-01-20", factureId: null }));
    const a = await saisir(70_000);
    const b = await saisir(150_000);
    await db.destroy();
    const region = await login(stack.gatewayUrl, "REGION");
    const gql = async (headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) => (await graphql<Record<string, any>>(stack.gatewayUrl, query, variables, headers)).body;
    const liste = async () => (await gql(of, `{ action(numero: "23P0000000_TEST_1") { sousTraitances { id statut motifRejet mention } } }`)).data!.action.sousTraitances;
    const avant = await liste();
    expect(avant).toEqual([
      { id: String(a!.id), statut: "EN_ATTENTE", motifRejet: null, mention: "Dont 700,00 € pour CEVENNES-GESTION" },
      { id: String(b!.id), statut: "EN_ATTENTE", motifRejet: null, mention: "Dont 1 500,00 € pour CEVENNES-GESTION" },
    ]);
    const VALIDER = `mutation ($id: ID!) { validerFactureSousTraitant(id: $id) { statut dateDecision } }`;
    const REJETER = `mutation ($id: ID!, $m: String!) { rejeterFactureSousTraitant(id: $id, motif: $m) { statut motifRejet } }`;
    const refus = (body: { errors?: { message: string; extensions?: { code?: string } }[] }) => [body.errors?.[0]?.extensions?.code, body.errors?.[0]?.message];
    expect(refus(await gql(of, VALIDER, { id: a!.id }))).toEqual(["FORBIDDEN", "Seule la Région peut valider la facture d'un sous-traitant."]);
    expect(refus(await gql(autreOf, REJETER, { id: a!.id, m: "Pas à moi" }))).toEqual(["FORBIDDEN", "Seule la Région peut rejeter la facture d'un sous-traitant."]);
    expect(refus(await gql(region, REJETER, { id: a!.id, m: " " }))).toEqual(["BAD_USER_INPUT", "Indiquez le motif du rejet (3 à 500 caractères)."]);
    expect(refus(await gql(region, VALIDER, { id: "abc" }))).toEqual(["NOT_FOUND", "Facture de sous-traitant introuvable."]);
    expect(await liste()).toEqual(avant);
    expect((await gql(region, REJETER, { id: a!.id, m: "Attestation de paiement direct manquante" })).data).toEqual({ rejeterFactureSousTraitant: { statut: "REJETEE", motifRejet: "Attestation de paiement direct manquante" } });
    expect((await gql(region, VALIDER, { id: b!.id })).data!.validerFactureSousTraitant.statut).toBe("VALIDEE");
    expect(refus(await gql(region, VALIDER, { id: a!.id }))).toEqual(["CONFLICT", "La facture de CEVENNES-GESTION (700,00 € HT) est déjà rejetée : la décision de la Région ne change plus."]);
    expect((await liste()).map((l: { statut: string; motifRejet: string | null }) => [l.statut, l.motifRejet])).toEqual([["REJETEE", "Attestation de paiement direct manquante"], ["VALIDEE", null]]);
    expect((await gql(autreOf, `{ action(numero: "23P0000000_TEST_1") { sousTraitances { id } } }`)).data!.action).toBeNull();
  });
});
