import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ajouterActions, fiche, INSCRIRE, ok, OUVRIR, sessions, type ActionFixture, type Headers } from "./support.js";

const databases = await databasesUnderTest();

/** A small action of OR5159's (effectif 5) that only this file writes to. */
const ACTION: ActionFixture = {
  id: 301, numero: "23C00CONCUR_1", intitule: "ACCUEIL ET VENTE", numeroContrat: "23C00CONCUR", anneeProgrammation: 2023, dateDebutPrevue: "2023-01-02",
  dateFinPrevue: "2023-06-30", organismeId: 1, type: "COLLECTIVE", effectifTotal: 5, effectifRemunere: 5, lieu: "MONTPELLIER",
};
const N = 8;

const AJOUTER_FORMATEUR = /* GraphQL */ `mutation ($a: ID!, $i: FormateurInput!) { ajouterFormateur(actionId: $a, input: $i) { id } }`;
const SAISIR = /* GraphQL */ `mutation ($input: SaisieHeuresInput!) { saisirHeures(input: $input) { mois } }`;
const CONFIRMER = /* GraphQL */ `mutation ($a: ID!, $m: String!) { confirmerDeclaration(actionId: $a, mois: $m) { etat nombreStagiaires totalHeures } }`;
const ETAT = /* GraphQL */ `query { action(numero: "23C00CONCUR_1") { formateurs { nom } stagiaires { id nom } } }`;

type Outcome = { ok: true; data: Record<string, any> } | { ok: false; code: string; message: string };

/** N copies of one mutation sent at once: each answer is a success or a refusal with its code. */
async function together(stack: Stack, headers: Headers, query: string, variables: Record<string, unknown>[]): Promise<Outcome[]> {
  return Promise.all(
    variables.map(async (v) => {
      const { body } = await graphql(stack.gatewayUrl, query, v, headers);
      if (!body.errors?.length) return { ok: true as const, data: body.data as Record<string, any> };
      return { ok: false as const, code: String(body.errors[0]!.extensions?.code), message: body.errors[0]!.message };
    }),
  );
}

const refusals = (outcomes: Outcome[]) => outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
const codes = (outcomes: Outcome[]) => refusals(outcomes).map((o) => o.code);
/** Every refusal with its message (what a failing assertion should show). */
const failures = (outcomes: Outcome[]) => refusals(outcomes).map((o) => `${o.code} ${o.message}`);

/**
 * Concurrent writers of one action (the monthly rush: several people of one OF at once). Every
 * write transaction locks the action's execution record and, on MariaDB, runs again when chosen
 * as a deadlock victim: each request succeeds or is refused by a rule, never an internal error.
 */
describe.each(databases)("concurrent writes on one action on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers };

  beforeAll(async () => {
    // 10 February 2023: January is over and may be confirmed until the 15th.
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-02-10T09:00:00+01:00" } });
    await ajouterActions(stack, [ACTION]);
    s = { or5159: (await sessions(stack)).or5159 };
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it(`adds ${N} trainers at once: all of them, once each`, async () => {
    const outcomes = await together(
      stack, s.or5159, AJOUTER_FORMATEUR,
      Array.from({ length: N }, (_, i) => ({ a: String(ACTION.id), i: { nom: `FORMATEUR${i}`, prenom: "ANNE", domaine: "vente", heuresAssurees: "10", statut: "CDD", formationExperience: "5 ans" } })),
    );
    expect(failures(outcomes)).toEqual([]);
    const noms = (await ok(stack, s.or5159, ETAT)).action.formateurs.map((f: { nom: string }) => f.nom).sort();
    expect(noms).toEqual(Array.from({ length: N }, (_, i) => `FORMATEUR${i}`));
  });

  it(`registers ${N} trainees at once on an effectif of 5: exactly 5 kept, the others refused (CONFLICT)`, async () => {
    const outcomes = await together(
      stack, s.or5159, INSCRIRE,
      Array.from({ length: N }, (_, i) => ({ actionId: String(ACTION.id), input: fiche({ nom: `STAGIAIRE${i}`, dateEntree: "2023-01-02" }) })),
    );
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(codes(outcomes)).toEqual(Array(N - 5).fill("CONFLICT"));
    for (const o of outcomes) if (!o.ok) expect(o.message).toBe("L'effectif de l'action (5 stagiaires) est atteint : aucun stagiaire de plus ne peut être inscrit.");
    expect((await ok(stack, s.or5159, ETAT)).action.stagiaires).toHaveLength(5);
  });

  it("declares every trainee's month at once, then confirms it from three sessions at once: one confirmation", async () => {
    await ok(stack, s.or5159, OUVRIR, { input: { actionId: String(ACTION.id), dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } });
    const stagiaires = (await ok(stack, s.or5159, ETAT)).action.stagiaires as { id: string }[];
    const heures = (id: string) => ({
      input: {
        stagiaireId: id, mois: "2023-01", heuresRealiseesCentre: "70", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0", absences: [],
      },
    });
    expect(failures(await together(stack, s.or5159, SAISIR, stagiaires.map((t) => heures(t.id))))).toEqual([]);
    const confirmations = await together(stack, s.or5159, CONFIRMER, Array(3).fill({ a: String(ACTION.id), m: "2023-01" }));
    const done = confirmations.filter((o) => o.ok);
    expect(done).toHaveLength(1);
    expect(done[0]!.data.confirmerDeclaration).toMatchObject({ etat: "CONFIRMEE", nombreStagiaires: 5, totalHeures: "350.00" });
    expect(codes(confirmations)).toEqual(["CONFLICT", "CONFLICT"]);
  });
});
