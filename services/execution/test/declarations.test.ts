import path from "node:path";
import { executionModel } from "@sigma/execution/model";
import { Realisation } from "@sigma/execution/declaration/realisation.entity";
import { Stagiaire } from "@sigma/execution/stagiaire/stagiaire.entity";
import { openDatabase } from "@sigma/kit/db/data-source";
import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest, MYSQL_URL } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiche, INSCRIRE, ok, OUVRIR, refused, sessions, type Headers } from "./support.js";

const databases = await databasesUnderTest();
const HSTA = "2";

const SAISIR = /* GraphQL */ `
  mutation Saisir($input: SaisieHeuresInput!) { saisirHeures(input: $input) { mois etat totalHeures } }
`;
const RECAP = /* GraphQL */ `
  query Recap($mois: String!) {
    declaration(actionId: "2", mois: $mois) {
      id mois libelle etat confirmeeLe saisieOuverte confirmable nombreStagiaires
      heuresRealiseesCentre heuresNonRealiseesJustifieesCentre heuresRealiseesEntreprise heuresNonRealiseesJustifieesEntreprise
      heuresCentre heuresEntreprise totalHeures
      lignes {
        stagiaire { nom prenom dateNaissance codeInsee dateEntree dateSortie libelleMotifSortie }
        heuresRealiseesCentre heuresNonRealiseesJustifieesCentre heuresCentre heuresEntreprise cumulHeuresCentre cumulHeuresEntreprise cumulTotalHeures
        absences { dateDebut dateFin motif lieu justifiee heures }
      }
    }
  }
`;

/** Seed 001 § 3.5's table, on GR237's HSTA action in January 2023 (its real start; the demo actions start in 2022–2023). */
const TABLE: [string, string, string, string, string | null, [string, string, string], [string, string, string]][] = [
  ["FRANCO", "ROBERTO", "1982-06-09", "11013", "2023-01-02", ["10", "0", "0"], ["33", "0", "0"]],
  ["KOURNIKOVA", "ANNA", "1980-05-15", "14118", "2023-01-02", ["41", "2", "0"], ["15", "3", "0"]],
  ["BORG", "BJON", "1972-06-16", "36007", "2023-01-11", ["12", "0", "0"], ["23", "0", "0"]],
  ["NADAL", "RAFAEL", "1986-06-03", "11054", "2023-01-12", ["0", "0", "0"], ["0", "0", "0"]],
];
const KOURNIKOVA_ABSENCES = [
  { dateDebut: "2023-01-16", dateFin: "2023-01-16", motif: "Maladie", lieu: "CENTRE", justifiee: true, heures: "2" },
  { dateDebut: "2023-01-23", dateFin: "2023-01-23", motif: "Convocation ANPE", lieu: "ENTREPRISE", justifiee: true, heures: "3" },
];

describe.each(databases)("monthly declarations on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  const ids: Record<string, string> = {};

  const saisie = (nom: string, mois = "2023-01", overrides: Record<string, unknown> = {}) => {
    const [, , , , , c, e] = TABLE.find((row) => row[0] === nom)!;
    return {
      input: {
        stagiaireId: ids[nom], mois,
        heuresRealiseesCentre: c[0], heuresNonRealiseesJustifieesCentre: c[1], heuresNonRealiseesNonJustifieesCentre: c[2],
        heuresRealiseesEntreprise: e[0], heuresNonRealiseesJustifieesEntreprise: e[1], heuresNonRealiseesNonJustifieesEntreprise: e[2],
        absences: nom === "KOURNIKOVA" ? KOURNIKOVA_ABSENCES : [],
        ...overrides,
      },
    };
  };

  beforeAll(async () => {
    // Standing on 10 February 2023: January is over and may be confirmed until the 15th.
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-02-10T09:00:00+01:00" } });
    s = await sessions(stack);
    for (const [nom, prenom, dateNaissance, codeInsee, dateEntree] of TABLE) {
      const input = fiche({ nom, prenom, dateNaissance, codeInsee, dateEntree });
      ids[nom] = (await ok(stack, s.gr237, INSCRIRE, { actionId: HSTA, input })).inscrireStagiaire.id;
    }
    await ok(stack, s.gr237, OUVRIR, { input: { actionId: HSTA, dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("enters seed 001's table exactly and reads it back: 65 h centre, 74 h entreprise, 139 h", async () => {
    for (const nom of ["FRANCO", "KOURNIKOVA", "BORG"]) await ok(stack, s.gr237, SAISIR, saisie(nom));
    // Exact to the hundredth: a figure with cents round-trips, then the table's is put back.
    expect((await ok(stack, s.gr237, SAISIR, saisie("FRANCO", "2023-01", { heuresRealiseesCentre: "10.33" }))).saisirHeures.totalHeures).toBe("139.33");
    await ok(stack, s.gr237, SAISIR, saisie("FRANCO"));
    const recap = (await ok(stack, s.gr237, RECAP, { mois: "2023-01" })).declaration;
    expect(recap).toMatchObject({
      id: "2:2023-01", mois: "2023-01", libelle: "Janvier 2023", etat: "A_CONFIRMER", confirmeeLe: null, saisieOuverte: true, confirmable: true,
      nombreStagiaires: 4, heuresRealiseesCentre: "63.00", heuresNonRealiseesJustifieesCentre: "2.00", heuresRealiseesEntreprise: "71.00",
      heuresNonRealiseesJustifieesEntreprise: "3.00", heuresCentre: "65.00", heuresEntreprise: "74.00", totalHeures: "139.00",
    });
    expect(recap.lignes.map((l: any) => [l.stagiaire.nom, l.stagiaire.codeInsee, l.heuresCentre, l.heuresEntreprise, l.cumulTotalHeures])).toEqual([
      ["BORG", "36007", "12.00", "23.00", "35.00"],
      ["FRANCO", "11013", "10.00", "33.00", "43.00"],
      ["KOURNIKOVA", "14118", "43.00", "18.00", "61.00"],
      ["NADAL", "11054", "0.00", "0.00", "0.00"],
    ]);
    expect(recap.lignes[2].absences).toEqual(KOURNIKOVA_ABSENCES.map((a) => ({ ...a, heures: `${a.heures}.00` })));
  });

  it("refuses absences that do not make up the non-réalisées hours, and keeps the line as it was", async () => {
    expect(await refused(stack, s.gr237, SAISIR, saisie("KOURNIKOVA", "2023-01", { absences: [KOURNIKOVA_ABSENCES[0]] }))).toEqual([
      "BAD_USER_INPUT",
      "Les périodes d'absence justifiées en entreprise totalisent 0,00 h, mais 3,00 h non réalisées justifiées en entreprise sont déclarées : elles doivent être égales.",
    ]);
    expect(await refused(stack, s.gr237, SAISIR, saisie("KOURNIKOVA", "2023-01", { absences: [{ ...KOURNIKOVA_ABSENCES[0], dateDebut: "2022-12-30" }, KOURNIKOVA_ABSENCES[1]] }))).toEqual([
      "BAD_USER_INPUT",
      "La période d'absence du 30/12/2022 au 16/01/2023 doit être comprise entre le 02/01/2023 et le 31/01/2023 (janvier 2023, présence du stagiaire).",
    ]);
    const line = (await ok(stack, s.gr237, RECAP, { mois: "2023-01" })).declaration.lignes[2];
    expect([line.heuresCentre, line.absences.length]).toEqual(["43.00", 2]);
  });

  it("lets only the trainee's OF enter hours; CARIF never sees a declaration", async () => {
    expect(await refused(stack, s.or5159, SAISIR, saisie("FRANCO"))).toEqual(["NOT_FOUND", "Stagiaire introuvable."]);
    expect(await refused(stack, s.region, SAISIR, saisie("FRANCO"))).toEqual(["FORBIDDEN", "Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie."]);
    expect(await refused(stack, s.carif, RECAP, { mois: "2023-01" })).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    expect((await ok(stack, s.or5159, RECAP, { mois: "2023-01" })).declaration).toBeNull();
    expect((await ok(stack, s.region, RECAP, { mois: "2023-01" })).declaration.totalHeures).toBe("139.00");
    expect(await refused(stack, s.gr237, `mutation ($id: ID!) { supprimerStagiaire(id: $id) }`, { id: ids.KOURNIKOVA })).toEqual([
      "CONFLICT", "Des heures sont enregistrées pour ANNA KOURNIKOVA : ce stagiaire ne peut plus être supprimé.",
    ]);
  });

  it("opens February only once January is confirmed, by the OF, in the first 15 days; then January is frozen", async () => {
    const confirmer = `mutation ($m: String!) { confirmerDeclaration(actionId: "2", mois: $m) { mois etat confirmeeLe nombreStagiaires totalHeures } }`;
    expect(await refused(stack, s.gr237, SAISIR, saisie("FRANCO", "2023-02"))).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de janvier 2023 : la confirmation d'un mois ouvre la déclaration du mois suivant.",
    ]);
    expect(await refused(stack, s.gr237, confirmer, { m: "2023-02" })).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de janvier 2023 : la confirmation d'un mois ouvre la déclaration du mois suivant.",
    ]);
    expect(await refused(stack, s.region, confirmer, { m: "2023-01" })).toEqual(["FORBIDDEN", "Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie."]);
    expect(await refused(stack, s.or5159, confirmer, { m: "2023-01" })).toEqual(["NOT_FOUND", "Action introuvable."]);
    expect((await ok(stack, s.gr237, confirmer, { m: "2023-01" })).confirmerDeclaration).toEqual({
      mois: "2023-01", etat: "CONFIRMEE", confirmeeLe: "2023-02-10", nombreStagiaires: 4, totalHeures: "139.00",
    });
    expect(await refused(stack, s.gr237, confirmer, { m: "2023-01" })).toEqual(["CONFLICT", "La déclaration de janvier 2023 est déjà confirmée."]);
    expect(await refused(stack, s.gr237, SAISIR, saisie("FRANCO"))).toEqual(["CONFLICT", "La déclaration de janvier 2023 est confirmée : elle ne peut plus être modifiée."]);
    expect(await refused(stack, s.gr237, confirmer, { m: "2023-02" })).toEqual([
      "CONFLICT", "La déclaration de février 2023 se confirme une fois le mois écoulé, dans les 15 premiers jours du mois suivant (jusqu'au 15/03/2023).",
    ]);
    expect((await ok(stack, s.gr237, SAISIR, saisie("FRANCO", "2023-02"))).saisirHeures).toEqual({ mois: "2023-02", etat: "EN_COURS", totalHeures: "43.00" });
    expect(await refused(stack, s.gr237, SAISIR, saisie("FRANCO", "2023-03"))).toEqual([
      "BAD_USER_INPUT", "Le mois de mars 2023 n'est pas commencé : ses heures ne peuvent pas encore être déclarées.",
    ]);
    const { action } = await ok(stack, s.region, `query { action(numero: "23C00390257_1") { declarations { mois etat heuresCentre heuresEntreprise } } }`);
    expect(action.declarations).toEqual([
      { mois: "2023-01", etat: "CONFIRMEE", heuresCentre: "65.00", heuresEntreprise: "74.00" },
      { mois: "2023-02", etat: "EN_COURS", heuresCentre: "10.00", heuresEntreprise: "33.00" },
    ]);
  });

  it("keeps the actions' monthly hours (realisation_mois, the dashboard's) equal to the sum of the trainee lines after every write", async () => {
    const db = await openDatabase(
      database === "sqlite"
        ? { kind: "sqlite", file: path.join(stack.dataDir, "execution.sqlite") }
        : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}execution` },
      executionModel,
    );
    try {
      const norme = (rows: Record<string, unknown>[]) => rows.map((r) => [Number(r.action_id), String(r.mois), Number(r.c), Number(r.e)]);
      const detail = norme(await db.query(
        "SELECT action_id, mois, SUM(realisees_centre) AS c, SUM(realisees_entreprise) AS e FROM realisation GROUP BY action_id, mois ORDER BY action_id, mois",
      ));
      const resume = norme(await db.query("SELECT action_id, mois, realisees_centre AS c, realisees_entreprise AS e FROM realisation_mois ORDER BY action_id, mois"));
      expect(resume).toEqual(detail);
      // Not vacuous: the January lines entered above (and corrected once) are there, with the table's 65 h centre and 71 h entreprise réalisées.
      expect(resume).toContainEqual([2, "2023-01", 6_300, 7_100]);
    } finally {
      await db.destroy();
    }
  });

  it("reads the recap of 200 trainees with as many SQL statements as of 4", async () => {
    const recap = () =>
      graphql<{ _entities: { declarations: { lignes: unknown[] }[] }[] }>(
        stack.subgraphUrls.execution!,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { declarations { nombreStagiaires lignes { stagiaire { nom parcours { parcoursEnvisage } } cumulTotalHeures absences { heures } } } } } }`,
        { r: [{ __typename: "Action", id: HSTA }] },
        s.region,
      );
    const few = await recap();
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data!._entities[0]!.declarations[1]!.lignes).toHaveLength(4);

    // Volume straight into execution's own database: 196 more trainees present in February, with hours.
    const db = await openDatabase(
      database === "sqlite"
        ? { kind: "sqlite", file: path.join(stack.dataDir, "execution.sqlite") }
        : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}execution` },
      executionModel,
    );
    try {
      const added = await db.getRepository(Stagiaire).save(
        Array.from({ length: 196 }, (_, i) => db.getRepository(Stagiaire).create({
          actionId: 2, organismeId: 2, nom: `VOLUME${String(i).padStart(3, "0")}`, prenom: "TEST", dateEntree: "2023-02-01", complet: false, champsManquantsJson: "[]",
        })),
      );
      await db.getRepository(Realisation).insert(added.map((t) => ({
        actionId: 2, organismeId: 2, stagiaireId: t.id, mois: "2023-02", realiseesCentre: 700, nonRealiseesJustifieesCentre: 0, nonRealiseesNonJustifieesCentre: 0,
        realiseesEntreprise: 100, nonRealiseesJustifieesEntreprise: 0, nonRealiseesNonJustifieesEntreprise: 0,
      })));
    } finally {
      await db.destroy();
    }
    const many = await recap();
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data!._entities[0]!.declarations[1]!.lignes).toHaveLength(200);
    expect(typeof few.body.extensions?.sqlStatements).toBe("number");
    expect(many.body.extensions?.sqlStatements).toBe(few.body.extensions?.sqlStatements);
  });
});
