import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiche, INSCRIRE, ok, OUVRIR, refused, sessions, type Headers } from "../../../services/execution/test/support.js";
import { openServiceDb, type ServiceDb } from "../support/service-db.js";

/**
 * A trainee's RGPD access right: the Région exports everything held about one trainee, across
 * execution (fiche, parcours, hours, absences, surveys, history) and what the other subgraphs
 * hold about the trainee's action (catalogue's offer, finance's invoices). Only the Région; the
 * export is written to the trainee's history; refusals change nothing; no log holds the data.
 */
const databases = await databasesUnderTest();
const EXPORT = /* GraphQL */ `
  mutation ($id: ID!) {
    exporterDonneesStagiaire(stagiaireId: $id) {
      exporteLe exportePar regleConservation
      stagiaire { id nom prenom dateNaissance adresse codePostal ville codeInsee dateEntree historique { action auteur } enquetes { moment } demandesModification { id } }
      heures { mois heuresRealiseesCentre heuresNonRealiseesJustifieesCentre heuresRealiseesEntreprise absences { dateDebut dateFin motif lieu justifiee heures } }
      action { id numero intitule organisme { code } factures { numero } }
    }
  }
`;

describe.each(databases)("RGPD export of a trainee's data on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  let execution: ServiceDb;
  let id: string;
  const historyRows = async () => Number((await execution.query<{ n: number }>("SELECT COUNT(*) AS n FROM historique"))[0]!.n);

  beforeAll(async () => {
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-02-10T09:00:00+01:00" } });
    s = await sessions(stack);
    execution = await openServiceDb(stack, "execution");
    const input = fiche({ nom: "ZYGMUNTOWICZ", prenom: "WANDA", dateNaissance: "1979-04-30", adresse: "7 RUE DES PENITENTS BLANCS", codePostal: "31000", ville: "TOULOUSE", dateEntree: "2023-01-02" });
    id = (await ok(stack, s.gr237, INSCRIRE, { actionId: "2", input })).inscrireStagiaire.id;
    await ok(stack, s.gr237, OUVRIR, { input: { actionId: "2", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } });
    await ok(stack, s.gr237, `mutation ($input: SaisieHeuresInput!) { saisirHeures(input: $input) { totalHeures } }`, {
      input: {
        stagiaireId: id, mois: "2023-01", heuresRealiseesCentre: "41", heuresNonRealiseesJustifieesCentre: "2", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "15", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0",
        absences: [{ dateDebut: "2023-01-16", dateFin: "2023-01-16", motif: "Maladie", lieu: "CENTRE", justifiee: true, heures: "2" }],
      },
    });
  });
  afterAll(async () => {
    await execution?.close();
    await stack?.stop();
  });

  it("refuses everyone but the Région — the trainee's own OF included — and an unknown trainee, changing nothing", async () => {
    const before = await historyRows();
    const message = "Vous n'avez pas accès à cette ressource.";
    expect(await refused(stack, s.gr237, EXPORT, { id })).toEqual(["FORBIDDEN", message]);
    expect(await refused(stack, s.or5159, EXPORT, { id })).toEqual(["FORBIDDEN", message]);
    expect((await refused(stack, s.carif, EXPORT, { id }))[0]).toBe("FORBIDDEN");
    expect((await refused(stack, {}, EXPORT, { id }))[0]).toBe("UNAUTHENTICATED");
    expect(await refused(stack, s.region, EXPORT, { id: "999999" })).toEqual(["NOT_FOUND", "Stagiaire introuvable."]);
    expect(await refused(stack, s.region, EXPORT, { id: "x'; DROP TABLE stagiaire; --" })).toEqual(["NOT_FOUND", "Stagiaire introuvable."]);
    expect(await historyRows()).toBe(before);
  });

  it("gives the Région the trainee's fiche, hours, absences and action with its invoices, and records the export", async () => {
    const before = await historyRows();
    const data = (await ok(stack, s.region, EXPORT, { id })).exporterDonneesStagiaire;
    expect(data).toMatchObject({
      exportePar: "REGION",
      regleConservation: expect.stringMatching(/5 ans après le 31 décembre de l'année de clôture.*anonymisées.*délégué à la protection des données/),
      stagiaire: { id, nom: "ZYGMUNTOWICZ", prenom: "WANDA", dateNaissance: "1979-04-30", adresse: "7 RUE DES PENITENTS BLANCS", codePostal: "31000", ville: "TOULOUSE", dateEntree: "2023-01-02" },
      heures: [
        {
          mois: "2023-01", heuresRealiseesCentre: "41.00", heuresNonRealiseesJustifieesCentre: "2.00", heuresRealiseesEntreprise: "15.00",
          absences: [{ dateDebut: "2023-01-16", dateFin: "2023-01-16", motif: "Maladie", lieu: "CENTRE", justifiee: true, heures: "2.00" }],
        },
      ],
      action: { id: "2", numero: "23C00390257_1", organisme: { code: "GR237" } },
    });
    expect(data.exporteLe).toMatch(/^2023-02-10T08:/);
    // finance answered for the action (its invoices name no trainee): a list, not an error.
    expect(Array.isArray(data.action.factures)).toBe(true);
    // What the OF itself sees of the fiche is in the export, field for field.
    const vu = (await ok(stack, s.gr237, `query ($id: ID!) { stagiaire(id: $id) { id nom prenom dateNaissance adresse codePostal ville codeInsee dateEntree } }`, { id })).stagiaire;
    expect(data.stagiaire).toMatchObject(vu);
    // The export is in the trainee's history (last), with who did it; the row holds no personal data.
    expect(data.stagiaire.historique.at(-1)).toEqual({ action: "export des données (droit d'accès RGPD)", auteur: "REGION" });
    expect(await historyRows()).toBe(before + 1);
    const [row] = await execution.query<{ auteur: string; avant: string | null; apres: string }>(
      "SELECT auteur, avant, apres FROM historique WHERE objet_type = 'Stagiaire' AND objet_id = ? ORDER BY id DESC LIMIT 1",
      [id],
    );
    expect(row!.auteur).toBe("REGION");
    expect(`${row!.avant} ${row!.apres}`).not.toMatch(/ZYGMUNTOWICZ|WANDA|1979|PENITENTS/);
    // Nor does any log line.
    for (const service of ["gateway", "catalogue", "execution", "finance"]) expect(stack.logs(service), service).not.toMatch(/ZYGMUNTOWICZ|WANDA|PENITENTS/);
  });
});
