import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, refused, sessions, type Headers } from "./support.js";

const databases = await databasesUnderTest();

const ETAT = /* GraphQL */ `
  query { action(numero: "23P0000000_TEST_1") { declarations { mois etat confirmeeLe saisieOuverte confirmable totalHeures } stagiaires { id nom dateSortie } } }
`;
const SAISIR = /* GraphQL */ `mutation ($input: SaisieHeuresInput!) { saisirHeures(input: $input) { mois etat totalHeures } }`;
const CONFIRMER = /* GraphQL */ `mutation ($m: String!) { confirmerDeclaration(actionId: "1", mois: $m) { etat } }`;
const heures = (stagiaireId: string, mois: string, centre: string) => ({
  input: {
    stagiaireId, mois, heuresRealiseesCentre: centre, heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
    heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0", absences: [],
  },
});

describe.each(databases)("a month not confirmed within 15 days on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  let ids: Record<string, string>;

  beforeAll(async () => {
    // 20 January 2023: the test lot's December 2022 (September–November confirmed) missed its deadline, 15/01/2023.
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-01-20T10:00:00+01:00" } });
    s = await sessions(stack);
    ids = Object.fromEntries((await ok(stack, s.or5159, ETAT)).action.stagiaires.map((t: { id: string; nom: string }) => [t.nom, t.id]));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("waits for the end of the next period: refused now, with the window to come; January stays closed", async () => {
    const avant = (await ok(stack, s.or5159, ETAT)).action.declarations;
    expect(avant.slice(3)).toEqual([
      { mois: "2022-12", etat: "EN_RETARD", confirmeeLe: null, saisieOuverte: true, confirmable: false, totalHeures: "0.00" },
      { mois: "2023-01", etat: "EN_COURS", confirmeeLe: null, saisieOuverte: false, confirmable: false, totalHeures: "0.00" },
    ]);
    expect(await refused(stack, s.or5159, CONFIRMER, { m: "2022-12" })).toEqual([
      "CONFLICT",
      "Le délai de confirmation de décembre 2022 (15/01/2023) est dépassé : la déclaration se confirmera après la fin de la période suivante, du 01/02/2023 au 15/02/2023.",
    ]);
    expect(await refused(stack, s.or5159, CONFIRMER, { m: "2023-01" })).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de décembre 2022 : la confirmation d'un mois ouvre la déclaration du mois suivant.",
    ]);
    expect(await refused(stack, s.or5159, SAISIR, heures(ids.FRANCO!, "2023-01", "7"))).toEqual([
      "CONFLICT", "Confirmez d'abord la déclaration de décembre 2022 : la confirmation d'un mois ouvre la déclaration du mois suivant.",
    ]);
    expect((await ok(stack, s.or5159, ETAT)).action.declarations).toEqual(avant);
    // Meanwhile December's hours may still be entered; the home page counts it as waiting.
    expect((await ok(stack, s.or5159, SAISIR, heures(ids.FRANCO!, "2022-12", "35.25"))).saisirHeures).toEqual({ mois: "2022-12", etat: "EN_RETARD", totalHeures: "35.25" });
    expect((await ok(stack, s.or5159, `query { tableauDeBord { declarationsEnAttente actionsEnRetardFermeture } }`)).tableauDeBord).toEqual({
      declarationsEnAttente: 1, actionsEnRetardFermeture: 0,
    });
  });

  it("refuses an exit dated in a confirmed month (it is frozen), and records nothing", async () => {
    const sortie = `mutation ($i: SortieInput!) { declarerSortie(input: $i) { dateSortie } }`;
    expect(await refused(stack, s.or5159, sortie, { i: { stagiaireId: ids.NADAL, dateSortie: "2022-11-30", finFormation: false, motifSortie: "ABANDON" } })).toEqual([
      "CONFLICT", "La date de sortie (30/11/2022) tombe dans un mois dont la déclaration est confirmée : la sortie ne peut être antérieure à décembre 2022.",
    ]);
    expect((await ok(stack, s.or5159, ETAT)).action.stagiaires.map((t: { dateSortie: string | null }) => t.dateSortie)).toEqual([null, null, null, null]);
  });
});
