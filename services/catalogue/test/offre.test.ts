import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertBulkOffer } from "./support/bulk.js";
import { stackDatabase } from "./support/database.js";
import { ok, refused, type Headers } from "./support/graph.js";

/** The offer as the screens of seeds 001, 003 and 004 show it, scoped by caller, searched, and read in batches. */
const databases = await databasesUnderTest();

const A = "23P0000000_TEST_1";
const B = "23C00390257_1";
const RESUME = /* GraphQL */ `query ($n: String!) { action(numero: $n) {
  numero intitule numeroContrat anneeProgrammation dateDebutPrevue dateFinPrevue type effectifTotal effectifRemunere
  prixTotal prixCentre prixEntreprise dureeCentre dureeEntreprise lieu departement secteur financementFse nombreSousTraitants
  organisme { code raisonSociale siret numeroActivite tauxTvaPointsDeBase sites { libelle libelleComplet } }
  marche { numero dispositif programme consultation anneeProgrammation titulaire { code } sousTraitants { code } }
  composantes { numero intitule dateDebut dateFin ville codePostal
    prestations { type libelle effectif volumeMoyen volumeMinimal volumeMaximal volumeTotal prixUnitaire } }
  periodes { lieu dateDebut dateFin }
} }`;
const SEARCH = /* GraphQL */ `query ($f: FiltreActions, $p: Int, $a: String) { rechercheActions(filtre: $f, premiers: $p, apres: $a) { nodes { numero } pageInfo { hasNextPage endCursor } } }`;

describe.each(databases)("the offer (issue 4) on %s", (database) => {
  let stack: Stack;
  let db: DataSource;
  const h = {} as Record<"ofA" | "ofB" | "region" | "carif", Headers>;
  const gql = <T = any>(query: string, variables: Record<string, unknown>, headers: Headers) => ok<T>(stack.gatewayUrl, query, variables, headers);
  const numeros = async (variables: Record<string, unknown>, headers = h.region) =>
    (await gql(SEARCH, variables, headers)).rechercheActions.nodes.map((n: { numero: string }) => n.numero);

  beforeAll(async () => {
    stack = await startStack({ database });
    db = await stackDatabase(stack);
    for (const [k, id] of [["ofA", "OR5159"], ["ofB", "GR237"], ["region", "REGION"], ["carif", "CARIF"]] as const) h[k] = await login(stack.gatewayUrl, id);
  });
  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  it("shows the « résumé de l'action » and the « liste des composantes » of seed 004", async () => {
    const { action } = await gql(RESUME, { n: A }, h.ofA);
    expect(action).toEqual({
      numero: A, intitule: "LOT TEST FORFAIT PARCOURS 2023", numeroContrat: "23P0000000", anneeProgrammation: 2023,
      dateDebutPrevue: "2022-09-01", dateFinPrevue: "2024-06-30", type: "COLLECTIVE", effectifTotal: 120, effectifRemunere: 120,
      prixTotal: "658200.00", prixCentre: "641400.00", prixEntreprise: "16800.00", dureeCentre: "310.00", dureeEntreprise: "140.00",
      lieu: "BEZIERS", departement: "34", secteur: "Formation projet professionnel", financementFse: false, nombreSousTraitants: 0,
      organisme: {
        code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23", siret: "12345678900017", numeroActivite: "76340000034", tauxTvaPointsDeBase: 0,
        sites: [
          { libelle: "CAP 2000 TEST", libelleComplet: "ORGANISME TEST PRF 23 / CAP 2000 TEST / BEZIERS / 34500" },
          { libelle: "CENTRE MONTPELLIER", libelleComplet: "ORGANISME TEST PRF 23 / CENTRE MONTPELLIER / MONTPELLIER / 34000" },
        ],
      },
      marche: { numero: "23P0000000", dispositif: "PROJET PRO 2023", programme: "PROJET PRO 2023 2023", consultation: "PROJET PRO 2023", anneeProgrammation: 2023, titulaire: { code: "OR5159" }, sousTraitants: [] },
      composantes: [{
        numero: "01", intitule: "FORP - Formation Projet Pro", dateDebut: "2022-09-01", dateFin: "2024-06-30", ville: "BEZIERS", codePostal: "34500",
        prestations: [
          { type: "FP", libelle: "Forfait parcours Projet Pro", effectif: null, volumeMoyen: null, volumeMinimal: null, volumeMaximal: null, volumeTotal: "120.00", prixUnitaire: "3175.00" },
          { type: "HC", libelle: "Heure stagiaire centre", effectif: 120, volumeMoyen: "310.00", volumeMinimal: "200.00", volumeMaximal: "400.00", volumeTotal: "37200.00", prixUnitaire: "7.00" },
          { type: "HE", libelle: "Heure stagiaire entreprise", effectif: 120, volumeMoyen: "140.00", volumeMinimal: "100.00", volumeMaximal: "200.00", volumeTotal: "16800.00", prixUnitaire: "1.00" },
        ],
      }],
      periodes: [
        { lieu: "CENTRE", dateDebut: "2022-09-01", dateFin: "2024-06-30" },
        { lieu: "ENTREPRISE", dateDebut: "2022-10-03", dateFin: "2024-06-14" },
      ],
    });
    const { action: hsta } = await gql(RESUME, { n: B }, h.ofB);
    expect(hsta).toMatchObject({ effectifTotal: 15, effectifRemunere: 12, organisme: { code: "GR237", tauxTvaPointsDeBase: 1960 }, marche: { numero: "23C0390257" } });
    expect(hsta.composantes.map((c: { numero: string; dateDebut: string }) => `${c.numero} ${c.dateDebut}`)).toEqual(["01 2023-01-02", "02 2023-01-02", "03 2023-01-02"]);
    expect(hsta.composantes[0].intitule).toMatch(/^HSTA - Formation professionnalisante COMPETENCES PLUS - .*niveau 3 .*\(DEAES, Ambulancier\.\.\.\)$/);
  });

  it("scopes by caller: an OF sees its own offer only, the CARIF the public offer without prices", async () => {
    expect((await gql(`query ($n: String!) { action(numero: $n) { numero } }`, { n: B }, h.ofA)).action).toBeNull();
    expect((await gql(`{ actionParId(id: "2") { numero } }`, {}, h.ofA)).actionParId).toBeNull();
    expect(await numeros({ f: { organismeId: "2" } }, h.ofA)).toEqual([]);
    const entities = (typename: string, id: string) =>
      graphql(stack.subgraphUrls.catalogue!, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { id } } }`, { r: [{ __typename: typename, id }] }, h.ofA);
    expect((await entities("Composante", "2")).body.data).toEqual({ _entities: [null] });
    expect((await entities("Composante", "1")).body.data).toEqual({ _entities: [{ id: "1" }] });
    expect((await entities("Organisme", "2")).body.data).toEqual({ _entities: [null] });
    const carif = await gql(`{ action(numero: "${B}") { numero composantes { numero prestations { type volumeTotal } } marche { numero } } }`, {}, h.carif);
    expect(carif.action.composantes).toHaveLength(3);
    for (const field of ["prestations { prixUnitaire }", "prixCentre", "numeroOperationSafir", "dateVote"]) {
      const query = field.startsWith("prestations") ? `{ action(numero: "${A}") { composantes { ${field} } } }` : `{ action(numero: "${A}") { ${field} } }`;
      expect(await refused(stack.gatewayUrl, query, {}, h.carif)).toEqual({ code: "FORBIDDEN", message: "Vous n'avez pas accès à cette ressource." });
    }
  });

  it("searches by année and text, pages by cursor, and escapes the user's wildcards", async () => {
    expect(await numeros({ f: { annee: 2023 } })).toEqual([B, A]);
    expect(await numeros({ f: { annee: 2022 } })).toEqual([]);
    expect(await numeros({ f: { texte: "hsta" } })).toEqual([B]);
    expect(await numeros({ f: { texte: "23c0390257" } })).toEqual([B]);
    expect(await numeros({ f: { texte: "  forfait parcours " } })).toEqual([A]);
    expect(await numeros({ f: { texte: "%" } })).toEqual([]);
    expect(await numeros({ f: { texte: "0_t" } })).toEqual([A]);
    const first = (await gql(SEARCH, { p: 1 }, h.carif)).rechercheActions;
    expect(first).toMatchObject({ nodes: [{ numero: B }], pageInfo: { hasNextPage: true } });
    const second = (await gql(SEARCH, { p: 1, a: first.pageInfo.endCursor }, h.carif)).rechercheActions;
    expect(second).toMatchObject({ nodes: [{ numero: A }], pageInfo: { hasNextPage: false } });
    expect(await refused(stack.gatewayUrl, SEARCH, { f: { texte: "x".repeat(101) } }, h.region)).toEqual({
      code: "BAD_USER_INPUT", message: "Le texte recherché ne peut dépasser 100 caractères.",
    });
    expect(await refused(stack.gatewayUrl, SEARCH, { p: 101 }, h.region)).toEqual({
      code: "BAD_USER_INPUT", message: "Le nombre d'éléments par page doit être compris entre 1 et 100.",
    });
  });

  describe("batched reads: the number of SQL statements does not grow with the rows", () => {
    const DEEP = /* GraphQL */ `numero nombreSousTraitants organisme { code sites { libelleComplet } } marche { numero titulaire { code } sousTraitants { code } }
      composantes { numero prestations { type prixUnitaire } sessions { numero site { libelleComplet } informationsCollectives { date adresse { ligne } } } }
      periodes { lieu } sessions { numero } demandesModification { etat lignes { intitule } historique { action } }`;
    const count = async (query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await graphql(stack.subgraphUrls.catalogue!, query, variables, h.region);
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.extensions?.sqlStatements as number;
    };

    // Every path but the sous-traitants' organismes (none on the demo marchés; the pages above cover them).
    const LIST = `{ actions { ${DEEP.replace("sousTraitants { code }", "")} } }`;
    let before: { rows: number; statements: number };

    beforeAll(async () => {
      const { body } = await graphql<{ actions: unknown[] }>(stack.subgraphUrls.catalogue!, LIST, {}, h.region);
      before = { rows: body.data!.actions.length, statements: body.extensions?.sqlStatements as number };
      await insertBulkOffer(db, 198);
    });

    it("for pages of actions, the feed, `actions` and `_entities` (2 vs 100–200 rows)", async () => {
      const search = (p: number) => count(`query ($p: Int) { rechercheActions(filtre: { organismeId: "90" }, premiers: $p) { nodes { ${DEEP} } } }`, { p });
      const [two, hundred] = [await search(2), await search(100)];
      expect(two).toBeGreaterThan(5);
      expect(hundred).toBe(two);

      const flux = (p: number) =>
        count(`query ($p: Int) { fluxSessions(premiers: $p) { nodes { numero site { libelle } informationsCollectives { date } composante { numero } action { numero organisme { siret } } } } }`, { p });
      expect(await flux(100)).toBe(await flux(2));

      const entities = (n: number) =>
        count(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { ${DEEP} } } }`, {
          r: Array.from({ length: n }, (_, i) => ({ __typename: "Action", id: String(i + 1) })),
        });
      expect(await entities(200)).toBe(await entities(2));

      const after = await graphql<{ actions: unknown[] }>(stack.subgraphUrls.catalogue!, LIST, {}, h.region);
      expect([before.rows, after.body.data!.actions.length]).toEqual([2, 200]);
      expect(after.body.extensions?.sqlStatements).toBe(before.statements);
    });
  });
});
