import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiche, INSCRIRE, ok, OUVRIR, sessions, type Headers } from "../../../services/execution/test/support.js";

/**
 * The append-only history (audit log) answers « who changed this, and when » on the graph for
 * actions, requests, trainees, hours and invoices: for the Région, and for the OF its own objects
 * only; CARIF never; and nothing in the API can change it.
 */
const databases = await databasesUnderTest();
const NOW = "2023-02-10T09:00:00+01:00";
/** SIGMA_NOW starts the services' clock there, and it runs on: every change of this test lands in that hour. */
const WHEN = expect.stringMatching(/^2023-02-10T08:[0-5]\d:[0-5]\d\.\d{3}Z$/);

interface Evenement {
  action: string;
  auteur: string;
  auteurRole: string;
  date: string;
  avant: string | null;
  apres: string | null;
}
const EVENT = "{ action auteur auteurRole date avant apres }";

describe.each(databases)("history (audit log) on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  let stagiaireId: string;
  let demandeId: string;
  let factureId: string;
  let facturePendant: Evenement[];
  let heuresPendant: Evenement[];

  /** The events at `pick` of a query's data, or what refused it. */
  const history = async (headers: Headers, query: string, variables: Record<string, unknown>, pick: (data: any) => Evenement[] | null | undefined) => {
    const { body } = await graphql<any>(stack.gatewayUrl, query, variables, headers);
    if (body.errors?.length) return { code: String(body.errors[0]!.extensions?.code), events: null };
    return { code: null, events: pick(body.data) ?? null };
  };
  const saisir = (centre: string) =>
    ok(stack, s.gr237, `mutation ($input: SaisieHeuresInput!) { saisirHeures(input: $input) { totalHeures } }`, {
      input: {
        stagiaireId, mois: "2023-01", heuresRealiseesCentre: centre, heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0",
      },
    });
  const DECLARATION = `{ declaration(actionId: "2", mois: "2023-01") { historique ${EVENT} } }`;
  const FACTURE = `query ($id: ID!) { facture(id: $id) { historique ${EVENT} } }`;

  beforeAll(async () => {
    stack = await startStack({ database, env: { SIGMA_NOW: NOW } });
    s = await sessions(stack);
    // GR237: a trainee, the opening of its HSTA action, January's hours entered, corrected, confirmed.
    stagiaireId = (await ok(stack, s.gr237, INSCRIRE, { actionId: "2", input: fiche({ nom: "FRANCO", prenom: "ROBERTO", dateEntree: "2023-01-02" }) })).inscrireStagiaire.id;
    await ok(stack, s.gr237, OUVRIR, { input: { actionId: "2", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } });
    await saisir("10");
    heuresPendant = (await history(s.gr237, DECLARATION, {}, (d) => d.declaration?.historique)).events!;
    await saisir("12");
    await ok(stack, s.gr237, `mutation { confirmerDeclaration(actionId: "2", mois: "2023-01") { etat } }`);
    // OR5159: a date request on its action; the Région rejects its invoice.
    demandeId = (await ok(stack, s.or5159, `mutation { nouvelleDemandeModification(input: { actionId: "1", type: DATES }) { id } }`)).nouvelleDemandeModification.id;
    const factures = (await ok(stack, s.or5159, `{ actionParId(id: "1") { factures { id statut } } }`)).actionParId.factures as { id: string; statut: string }[];
    factureId = factures.find((f) => f.statut === "EMISE")!.id;
    facturePendant = (await history(s.region, FACTURE, { id: factureId }, (d) => d.facture?.historique)).events!;
    await ok(stack, s.region, `mutation ($id: ID!) { rejeterFacture(factureId: $id, motif: "Feuilles d'émargement manquantes") { statut } }`, { id: factureId });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answers who changed an invoice and when, before / after: the Région and the invoice's OF; not another OF, not CARIF", async () => {
    const region = await history(s.region, FACTURE, { id: factureId }, (d) => d.facture?.historique);
    const last = region.events!.at(-1)!;
    expect(last).toMatchObject({ action: "rejet Région", auteur: "REGION", auteurRole: "REGION", date: WHEN });
    expect(JSON.parse(last.avant!)).toMatchObject({ statut: "EMISE" });
    expect(JSON.parse(last.apres!)).toMatchObject({ statut: "REJETEE", motifRejet: "Feuilles d'émargement manquantes" });
    // Append-only: what was there before the decision is still there, unchanged.
    expect(region.events!.slice(0, facturePendant.length)).toEqual(facturePendant);
    expect(region.events).toHaveLength(facturePendant.length + 1);
    expect(await history(s.or5159, FACTURE, { id: factureId }, (d) => d.facture?.historique)).toEqual(region);
    const autreOf = await history(s.gr237, FACTURE, { id: factureId }, (d) => d.facture?.historique);
    expect(autreOf.events ?? []).toEqual([]);
    expect(await history(s.carif, FACTURE, { id: factureId }, (d) => d.facture?.historique)).toEqual({ code: "FORBIDDEN", events: null });
  });

  it("keeps every entry and confirmation of hours with its author, time and figures before / after", async () => {
    const region = await history(s.region, DECLARATION, {}, (d) => d.declaration?.historique);
    expect(region.events!.map((e) => [e.action, e.auteur, e.date])).toEqual([
      ["saisie des heures", "GR237", WHEN],
      ["saisie des heures", "GR237", WHEN],
      ["confirmation", "GR237", WHEN],
    ]);
    const dates = region.events!.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    const [premiere, correction] = region.events!;
    expect(premiere!.avant).toBeNull();
    expect(JSON.parse(correction!.avant!)).toMatchObject({ stagiaireId: Number(stagiaireId), mois: "2023-01", realiseesCentre: 1000 });
    expect(JSON.parse(correction!.apres!)).toMatchObject({ realiseesCentre: 1200 });
    expect(region.events!.slice(0, heuresPendant.length)).toEqual(heuresPendant);
    expect(await history(s.gr237, DECLARATION, {}, (d) => d.declaration?.historique)).toEqual(region);
    expect((await history(s.or5159, DECLARATION, {}, (d) => d.declaration?.historique)).events ?? []).toEqual([]);
    expect((await history(s.carif, DECLARATION, {}, (d) => d.declaration?.historique)).code).toBe("FORBIDDEN");
  });

  it("answers for actions, trainees and requests the same way", async () => {
    const cases: [string, string, Record<string, unknown>, (d: any) => Evenement[] | undefined, Headers, Headers, string, string][] = [
      ["action", `{ actionParId(id: "2") { historiqueExecution ${EVENT} } }`, {}, (d) => d.actionParId?.historiqueExecution, s.gr237, s.or5159, "ouverture", "GR237"],
      ["stagiaire", `query ($id: ID!) { stagiaire(id: $id) { historique ${EVENT} } }`, { id: stagiaireId }, (d) => d.stagiaire?.historique, s.gr237, s.or5159, "inscription", "GR237"],
      ["demande", `query ($id: ID!) { demandeModification(id: $id) { historique ${EVENT} } }`, { id: demandeId }, (d) => d.demandeModification?.historique, s.or5159, s.gr237, "creation", "OR5159"],
    ];
    for (const [objet, query, variables, pick, proprietaire, autre, action, auteur] of cases) {
      const region = await history(s.region, query, variables, pick);
      expect(region.events, objet).toContainEqual(expect.objectContaining({ action, auteur, auteurRole: "ORGANISME", date: WHEN }));
      expect(await history(proprietaire, query, variables, pick), objet).toEqual(region);
      expect((await history(autre, query, variables, pick)).events ?? [], objet).toEqual([]);
      expect((await history(s.carif, query, variables, pick)).code, objet).toBe("FORBIDDEN");
    }
  });

  it("offers no way to change the history through the API", () => {
    const schema = buildSchema(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../api-schema.graphql"), "utf8"));
    const mentions = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
      const named = getNamedType(type);
      if (!isInputObjectType(named) || seen.has(named.name)) return false;
      seen.add(named.name);
      return Object.values(named.getFields()).some((f) => /histori/i.test(f.name) || mentions(f.type, seen));
    };
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(20);
    for (const m of mutations) {
      expect(/histori|evenement/i.test(m.name), m.name).toBe(false);
      expect(getNamedType(m.type).name, m.name).not.toBe("EvenementHistorique");
      expect(m.args.some((a) => /histori/i.test(a.name) || mentions(a.type)), m.name).toBe(false);
    }
  });
});
