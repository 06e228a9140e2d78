import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSCRIRE, ok, OUVRIR, refused, serviceLogin, sessions, type Headers } from "./support.js";

const databases = await databasesUnderTest();

const TABLEAU = /* GraphQL */ `
  query ($o: ID) { tableauDeBord(organismeId: $o) { actionsEnAttenteOuverture actionsEnCours actionsEnRetardFermeture inscriptionsEnAttente declarationsEnAttente } }
`;
const ACTION1 = /* GraphQL */ `
  query { action(numero: "23P0000000_TEST_1") { statut dateFinReelle bilanComplet stagiaires { id nom } declarations { mois etat } } }
`;
const SORTIE = /* GraphQL */ `mutation ($i: SortieInput!) { declarerSortie(input: $i) { nom dateSortie } }`;
const CLOTURER = /* GraphQL */ `
  mutation ($d: Date!) { cloturerAction(actionId: "1", dateFinReelle: $d) { avertissement action { statut dateFinReelle } } }
`;
const RETARDS = /* GraphQL */ `query { actions { numero statut dateFinPrevue enRetardDeFermeture } }`;
const ENQUETE = /* GraphQL */ `mutation ($i: EnqueteInput!) { saisirEnquete(input: $i) { moment situation contrat } }`;

describe.each(databases)("closing, bilans and home counters on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  let ids: Record<string, string>;

  beforeAll(async () => {
    // 10 July 2024: the test lot (planned end 30/06/2024) is still running, December 2022 onwards unconfirmed.
    stack = await startStack({ database, env: { SIGMA_NOW: "2024-07-10T09:00:00+02:00" } });
    s = await sessions(stack);
    const { action } = await ok(stack, s.or5159, ACTION1);
    ids = Object.fromEntries(action.stagiaires.map((t: { id: string; nom: string }) => [t.nom, t.id]));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("counts, per organisme and for the Région, actions waiting, running, late for closing, and months waiting", async () => {
    const attendu = { actionsEnAttenteOuverture: 0, actionsEnCours: 1, actionsEnRetardFermeture: 1, inscriptionsEnAttente: 0, declarationsEnAttente: 19 };
    expect((await ok(stack, s.or5159, TABLEAU)).tableauDeBord).toEqual(attendu);
    expect((await ok(stack, s.gr237, TABLEAU)).tableauDeBord).toEqual({ ...attendu, actionsEnAttenteOuverture: 1, actionsEnCours: 0, actionsEnRetardFermeture: 0, declarationsEnAttente: 0 });
    expect((await ok(stack, s.region, TABLEAU)).tableauDeBord).toEqual({ ...attendu, actionsEnAttenteOuverture: 1 });
    expect((await ok(stack, s.region, TABLEAU, { o: "2" })).tableauDeBord.actionsEnAttenteOuverture).toBe(1);
    // Each action says whether it is late for closing, by the same rule as the counter.
    for (const headers of [s.or5159, s.gr237, s.region]) {
      const { actions } = await ok(stack, headers, RETARDS);
      expect((await ok(stack, headers, TABLEAU)).tableauDeBord.actionsEnRetardFermeture).toBe(actions.filter((a: { enRetardDeFermeture: boolean }) => a.enRetardDeFermeture).length);
    }
    expect((await ok(stack, s.region, RETARDS)).actions).toEqual([
      { numero: "23C00390257_1", statut: "AO", dateFinPrevue: "2024-06-30", enRetardDeFermeture: false },
      { numero: "23P0000000_TEST_1", statut: "EC", dateFinPrevue: "2024-06-30", enRetardDeFermeture: true },
    ]);
    expect(await refused(stack, s.or5159, TABLEAU, { o: "2" })).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    expect(await refused(stack, s.carif, TABLEAU)).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    await ok(stack, s.gr237, INSCRIRE, { actionId: "2", input: { nom: "PARKER", prenom: "JESSICA" }, partiel: true });
    expect((await ok(stack, s.gr237, TABLEAU)).tableauDeBord.inscriptionsEnAttente).toBe(1);
    expect((await ok(stack, s.region, TABLEAU)).tableauDeBord.inscriptionsEnAttente).toBe(1);
  });

  it("gives seed 000's CRE « prescrit » for the test lot: 3,00 fp, 850,00 hc, 400,00 he", async () => {
    const query = `query { action(numero: "23P0000000_TEST_1") { prescription { forfaitsParcours heuresCentre heuresEntreprise } } }`;
    const attendu = { forfaitsParcours: "3.00", heuresCentre: "850.00", heuresEntreprise: "400.00" };
    expect((await ok(stack, s.or5159, query)).action.prescription).toEqual(attendu);
    expect((await ok(stack, await serviceLogin(stack, "svc-finance"), query)).action.prescription).toEqual(attendu);
    expect(await refused(stack, s.carif, query)).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    // Finance's own read (services/finance/src/sources/execution.source.ts, EXTENSION), aliased per action.
    const extension = `{ declarations { mois forfaitsParcoursRealises } prescription { forfaitsParcours heuresCentre heuresEntreprise } }`;
    const lecture = await ok(stack, await serviceLogin(stack, "svc-finance"), `query { a0: actionParId(id: "1") ${extension} a1: actionParId(id: "2") ${extension} }`);
    expect(lecture.a0.prescription).toEqual(attendu);
    expect(lecture.a0.declarations.slice(0, 4)).toEqual(["2022-09", "2022-10", "2022-11", "2022-12"].map((mois) => ({ mois, forfaitsParcoursRealises: "0.00" })));
    expect(lecture.a1).toEqual({ declarations: [], prescription: { forfaitsParcours: "0.00", heuresCentre: "0.00", heuresEntreprise: "0.00" } });
  });

  it("records a « non ouverture », final", async () => {
    expect(await refused(stack, s.gr237, `mutation ($m: String) { declarerNonOuverture(actionId: "2", motif: $m) { statut } }`, { m: "x".repeat(256) })).toEqual([
      "BAD_USER_INPUT", "Le motif de non-ouverture ne peut dépasser 255 caractères.",
    ]);
    expect(await refused(stack, s.region, `mutation { declarerNonOuverture(actionId: "2") { statut } }`)).toEqual([
      "FORBIDDEN", "Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie.",
    ]);
    expect((await ok(stack, s.gr237, TABLEAU)).tableauDeBord.actionsEnAttenteOuverture).toBe(1);
    const { declarerNonOuverture } = await ok(stack, s.gr237, `mutation { declarerNonOuverture(actionId: "2", motif: "Effectif insuffisant") { statut motifNonOuverture } }`);
    expect(declarerNonOuverture).toEqual({ statut: "NON_OUVERTE", motifNonOuverture: "Effectif insuffisant" });
    expect(await refused(stack, s.gr237, OUVRIR, { input: { actionId: "2", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } })).toEqual([
      "CONFLICT", "La non-ouverture de cette action a été déclarée : elle ne peut plus être ouverte.",
    ]);
    expect((await ok(stack, s.gr237, TABLEAU)).tableauDeBord).toMatchObject({ actionsEnAttenteOuverture: 0, inscriptionsEnAttente: 0 });
    expect(await refused(stack, s.gr237, `mutation { declarerNonOuverture(actionId: "2") { statut } }`)).toEqual([
      "CONFLICT", "La non-ouverture de cette action a été déclarée : elle ne peut plus être ouverte.",
    ]);
    expect((await ok(stack, s.gr237, `query { action(numero: "23C00390257_1") { statut motifNonOuverture } }`)).action).toEqual({ statut: "NON_OUVERTE", motifNonOuverture: "Effectif insuffisant" });
  });

  it("refuses to close while a trainee is in training or a month is unconfirmed, and changes nothing", async () => {
    expect(await refused(stack, s.or5159, CLOTURER, { d: "2022-12-16" })).toEqual([
      "CONFLICT",
      "Tous les stagiaires doivent être sortis de formation avant la clôture (ou supprimés s'ils ne sont jamais entrés) : BJON BORG, ROBERTO FRANCO, ANNA KOURNIKOVA, RAFAEL NADAL sans date de sortie.",
    ]);
    expect(await refused(stack, s.gr237, ENQUETE, { i: { stagiaireId: ids.FRANCO, moment: "SORTIE", situation: "AUTRE_SITUATION" } })).toEqual([
      "NOT_FOUND", "Stagiaire introuvable.",
    ]);
    expect(await refused(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.FRANCO, moment: "SORTIE", situation: "AUTRE_SITUATION" } })).toEqual([
      "CONFLICT", "La fiche de suivi se remplit une fois le stagiaire sorti de formation.",
    ]);
    const exits: [string, string, boolean, string | null][] = [
      ["FRANCO", "2022-12-16", true, null], ["KOURNIKOVA", "2022-12-16", true, null],
      ["BORG", "2022-12-09", false, "MOTIFS_PERSONNELS"], ["NADAL", "2022-12-14", false, "ACCES_EMPLOI"],
    ];
    for (const [nom, dateSortie, finFormation, motifSortie] of exits) {
      await ok(stack, s.or5159, SORTIE, { i: { stagiaireId: ids[nom], dateSortie, finFormation, motifSortie } });
    }
    expect(await refused(stack, s.or5159, CLOTURER, { d: "2022-12-16" })).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de décembre 2022 : toutes les déclarations jusqu'à décembre 2022 doivent être confirmées avant la clôture.",
    ]);
    expect((await ok(stack, s.or5159, ACTION1)).action).toMatchObject({ statut: "EC", dateFinReelle: null });
  });

  it("lets a month missed long ago be confirmed in a later window, then closes with the avenant warning", async () => {
    const decembre = (await ok(stack, s.or5159, ACTION1)).action.declarations[3];
    expect(decembre).toEqual({ mois: "2022-12", etat: "EN_RETARD" });
    await ok(stack, s.or5159, `mutation ($i: SaisieHeuresInput!) { saisirHeures(input: $i) { mois } }`, {
      i: {
        stagiaireId: ids.FRANCO, mois: "2022-12", heuresRealiseesCentre: "35", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0",
      },
    });
    const confirmed = await ok(stack, s.or5159, `mutation { confirmerDeclaration(actionId: "1", mois: "2022-12") { etat confirmeeLe nombreStagiaires } }`);
    expect(confirmed.confirmerDeclaration).toEqual({ etat: "CONFIRMEE", confirmeeLe: "2024-07-10", nombreStagiaires: 4 });
    expect(await refused(stack, s.or5159, CLOTURER, { d: "2022-12-15" })).toEqual([
      "BAD_USER_INPUT", "La date de fin réelle (15/12/2022) précède la sortie du dernier stagiaire ou le début de l'action (16/12/2022).",
    ]);
    expect(await refused(stack, s.gr237, CLOTURER, { d: "2022-12-16" })).toEqual(["NOT_FOUND", "Action introuvable."]);
    const closed = (await ok(stack, s.or5159, CLOTURER, { d: "2022-12-16" })).cloturerAction;
    expect(closed).toEqual({
      avertissement:
        "La date de fin réelle (16/12/2022) diffère de la date de fin prévue (30/06/2024) : contactez le Conseil régional pour le prévenir de ce décalage et procéder à un avenant sur la date prévisionnelle de fin de l'action.",
      action: { statut: "CLOTUREE", dateFinReelle: "2022-12-16" },
    });
    expect(await refused(stack, s.or5159, CLOTURER, { d: "2022-12-16" })).toEqual(["CONFLICT", "L'action est déjà clôturée (fin réelle le 16/12/2022)."]);
    const { action } = await ok(stack, s.or5159, ACTION1);
    expect(action.declarations.map((d: { mois: string }) => d.mois)).toEqual(["2022-09", "2022-10", "2022-11", "2022-12"]);
    expect((await ok(stack, s.region, TABLEAU)).tableauDeBord).toEqual({
      actionsEnAttenteOuverture: 0, actionsEnCours: 0, actionsEnRetardFermeture: 0, inscriptionsEnAttente: 0, declarationsEnAttente: 0,
    });
    expect((await ok(stack, s.or5159, RETARDS)).actions).toEqual([{ numero: "23P0000000_TEST_1", statut: "CLOTUREE", dateFinPrevue: "2024-06-30", enRetardDeFermeture: false }]);
  });

  it("fills the surveys at exit, 6 months and 1 year, and completes the bilan that finance waits for", async () => {
    expect(await refused(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.FRANCO, moment: "SORTIE", situation: "EMPLOI_SECTEUR" } })).toEqual([
      "BAD_USER_INPUT", "Précisez le contrat de l'emploi occupé.",
    ]);
    const fiches: [string, string, string, string | null][] = [
      ["FRANCO", "SORTIE", "EMPLOI_SECTEUR", "CDI"], ["KOURNIKOVA", "SORTIE", "EMPLOI_AUTRE_SECTEUR", "INTERIM"],
      ["BORG", "SORTIE", "AUTRE_SITUATION", null], ["FRANCO", "SIX_MOIS", "EMPLOI_SECTEUR", "CDI"], ["BORG", "UN_AN", "EMPLOI_SECTEUR", "CONTRAT_AIDE"],
    ];
    for (const [nom, moment, situation, contrat] of fiches) await ok(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids[nom], moment, situation, contrat } });
    expect((await ok(stack, s.region, ACTION1)).action.bilanComplet).toBe(false);
    await ok(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.NADAL, moment: "SORTIE", situation: "EMPLOI_SECTEUR", contrat: "CDD_PLUS_6_MOIS" } });
    const { action } = await ok(stack, s.region, `query {
      action(numero: "23P0000000_TEST_1") {
        bilanComplet
        bilanPedagogique { stagiairesEntres stagiairesSortis finsDeFormation sortiesAnticipees sortiesParMotif { code nombre }
          enquetes { moment attendues renseignees parSituation { code nombre } parContrat { code nombre } } complet }
        stagiaires { nom enquetes { moment situation contrat } }
      }
    }`);
    expect(action.bilanComplet).toBe(true);
    const bilan = action.bilanPedagogique;
    expect(bilan).toMatchObject({ stagiairesEntres: 4, stagiairesSortis: 4, finsDeFormation: 2, sortiesAnticipees: 2, complet: true });
    expect(bilan.sortiesParMotif.filter((m: { nombre: number }) => m.nombre > 0)).toEqual([{ code: "MOTIFS_PERSONNELS", nombre: 1 }, { code: "ACCES_EMPLOI", nombre: 1 }]);
    expect(bilan.enquetes.map((e: { moment: string; attendues: number; renseignees: number }) => [e.moment, e.attendues, e.renseignees])).toEqual([
      ["SORTIE", 4, 4], ["SIX_MOIS", 4, 1], ["UN_AN", 4, 1],
    ]);
    expect(bilan.enquetes[0].parSituation).toEqual([
      { code: "EMPLOI_SECTEUR", nombre: 2 }, { code: "EMPLOI_AUTRE_SECTEUR", nombre: 1 }, { code: "AUTRE_SITUATION", nombre: 1 },
    ]);
    expect(action.stagiaires.find((t: { nom: string }) => t.nom === "BORG").enquetes).toEqual([
      { moment: "SORTIE", situation: "AUTRE_SITUATION", contrat: null },
      { moment: "UN_AN", situation: "EMPLOI_SECTEUR", contrat: "CONTRAT_AIDE" },
    ]);
    // A CARIF credential straight to the subgraph gets nothing of the bilan.
    const { body } = await graphql(
      stack.subgraphUrls.execution!,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { bilanComplet } } }`,
      { r: [{ __typename: "Action", id: "1" }] },
      s.carif,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
