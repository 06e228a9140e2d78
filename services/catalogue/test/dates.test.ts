import type { Caller } from "@sigma/kit/auth/caller";
import type { Clock } from "@sigma/kit/clock/clock";
import { DomainError } from "@sigma/kit/errors/errors";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatesDemande } from "@sigma/catalogue/demande/demande-dates";
import { SessionsDemande } from "@sigma/catalogue/demande/demande-sessions";
import { DecisionService } from "@sigma/catalogue/demande/demande-decision.service";
import { DemandeService } from "@sigma/catalogue/demande/demande.service";
import { DemandeStore } from "@sigma/catalogue/demande/demande.store";
import { TypeDemande } from "@sigma/catalogue/demande/demande.enums";
import { seedCatalogue } from "@sigma/catalogue/demo/demo.seed";
import type { ExecutionPort } from "@sigma/catalogue/execution/execution.port";
import { relayPropagations } from "@sigma/catalogue/execution/propagation.relay";
import { freshDatabase, snapshot } from "./support/database.js";

/**
 * Seed 003's date requests, in process against the real catalogue database (SQLite and MariaDB):
 * execution is replaced by a recording fake of the two calls of CONTRACTS.md, so that every rule,
 * refusal and the outbox's retries are exercised without timing; sessions.test.ts runs the same
 * flow end to end through the gateway and the real execution subgraph.
 */
const databases = await databasesUnderTest();

class FakeExecution implements ExecutionPort {
  readonly reelles = new Map<number, string | null>();
  readonly applied: [number, string, string][] = [];
  failing = false;
  async dateDebutReelle(actionId: number) {
    return this.reelles.get(actionId) ?? null;
  }
  async appliquerDateDebutReelle(actionId: number, date: string, reference: string) {
    if (this.failing) throw new Error("Un service de SIGMA-graph est momentanément indisponible.");
    if (!this.applied.some(([, , r]) => r === reference)) this.applied.push([actionId, date, reference]);
    this.reelles.set(actionId, date);
  }
}

let now = Date.parse("2023-01-05T14:38:00+01:00");
const clock: Clock = { now: () => new Date(now) };
const GR237: Caller = { compteId: "2", identifiant: "GR237", role: "ORGANISME", organismeId: 2 };
const OR5159: Caller = { compteId: "1", identifiant: "OR5159", role: "ORGANISME", organismeId: 1 };
const REGION: Caller = { compteId: "3", identifiant: "REGION", role: "REGION", organismeId: null };
const CARIF: Caller = { compteId: "4", identifiant: "CARIF", role: "CARIF", organismeId: null };
const HSTA = (niveau: string, diplomes: string) =>
  `HSTA - Formation professionnalisante COMPETENCES PLUS - Préparation aux sélections des formations de niveau ${niveau} du secteur sanitaire et social (${diplomes})`;

describe.each(databases)("demandes de modification de dates (seed 003) on %s", (database) => {
  let db: DataSource;
  let drop: () => Promise<void>;
  let service: DemandeService;
  let decisions: DecisionService;
  const execution = new FakeExecution();

  const lignes = async (demandeId: number) =>
    (await db.query(`SELECT intitule, avant, apres FROM ligne_modification WHERE demande_id = ${demandeId} ORDER BY ordre`)).map(
      (l: { intitule: string; avant: string; apres: string }) => [l.intitule, l.avant, l.apres],
    );
  const refusal = async (work: () => Promise<unknown>) => {
    const before = await snapshot(db);
    const error = await work().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(await snapshot(db)).toBe(before);
    return { code: (error as DomainError).extensions.code, message: (error as DomainError).message };
  };
  const draft = async (caller: Caller, actionId: string) => (await service.nouvelle(caller, { actionId, type: TypeDemande.DATES })).id;

  beforeAll(async () => {
    ({ db, drop } = await freshDatabase(database));
    await seedCatalogue(db);
    const store = new DemandeStore(db, clock);
    const dates = new DatesDemande(store, execution);
    service = new DemandeService(store, new SessionsDemande(store), dates);
    decisions = new DecisionService(store, dates);
  });
  afterAll(async () => {
    await drop?.();
  });

  it("moves the real start and the composantes once the Région validates, and tells execution once", async () => {
    execution.reelles.set(2, "2023-01-05");
    const id = await draft(GR237, "2");
    const composantes = ["2", "3", "4"].map((composanteId) => ({ composanteId, dateDebut: "2023-01-06", dateFin: "2024-06-30" }));
    await service.enregistrerDates(GR237, String(id), { dateDebutReelle: "2023-01-06", composantes });
    expect(await lignes(id)).toEqual([
      ["Action / Date de début réelle", "05/01/2023", "06/01/2023"],
      [`${HSTA("3", "DEAES, Ambulancier...")} / Date de début`, "02/01/2023", "06/01/2023"],
      [`${HSTA("4", "DEAS, DEAP, DEME, TISF")} / Date de début`, "02/01/2023", "06/01/2023"],
      [`${HSTA("6", "IDE, CESF, DEASS, DEES, DEEJE,...")} / Date de début`, "02/01/2023", "06/01/2023"],
    ]);
    const emise = await service.emettre(GR237, String(id), "Entrée du premier stagiaire le 06/01/2023");
    expect(emise).toMatchObject({ etat: "EN_ATTENTE_VALIDATION", dateEmission: "2023-01-05", emetteurLibelle: "GRETA HAUTE-GARONNE Titulaire" });
    expect(await refusal(() => draft(GR237, "2"))).toEqual({
      code: "CONFLICT",
      message:
        "Une demande de modification de dates est déjà en attente de validation : tant qu'elle n'est pas validée par la Région, il n'est pas possible d'effectuer une nouvelle demande du même type.",
    });
    expect(await db.query("SELECT date_debut FROM composante WHERE action_id = 2")).toEqual(Array(3).fill({ date_debut: "2023-01-02" }));

    const validee = await decisions.valider(REGION, String(id), null);
    expect(validee.etat).toBe("VALIDEE");
    expect(await db.query("SELECT date_debut FROM composante WHERE action_id = 2 ORDER BY numero")).toEqual(Array(3).fill({ date_debut: "2023-01-06" }));
    const [action] = await db.query("SELECT date_debut_prevue, date_fin_prevue FROM action WHERE id = 2");
    expect(action).toEqual({ date_debut_prevue: "2023-01-02", date_fin_prevue: "2024-06-30" });
    const events = await db.query(`SELECT action, auteur FROM historique WHERE objet_type = 'DemandeModification' AND objet_id = '${id}' ORDER BY id`);
    expect(events.map((e: { action: string; auteur: string }) => `${e.action}:${e.auteur}`)).toEqual([
      "creation:GR237", "enregistrement:GR237", "emission:GR237", "validation:REGION",
    ]);
    const [{ n }] = await db.query("SELECT COUNT(*) AS n FROM historique WHERE objet_type = 'Composante' AND action = 'modification des dates'");
    expect(Number(n)).toBe(3);

    expect(await relayPropagations(db, execution, clock)).toBe(1);
    expect(execution.applied).toEqual([[2, "2023-01-06", `demande-${id}`]]);
    expect(await relayPropagations(db, execution, clock)).toBe(0);
    // The type is free again once the Région has decided.
    expect(await draft(GR237, "2")).toBeGreaterThan(id);
  });

  it("refuses composantes outside the action's real dates, and any end before its start", async () => {
    const [{ id }] = await db.query("SELECT id FROM demande_modification WHERE action_id = 2 AND en_cours = 1");
    const save = (dates: Record<string, unknown>) => () => service.enregistrerDates(GR237, String(id), dates);
    expect(await refusal(save({ composantes: [{ composanteId: "3", dateDebut: "2023-01-05", dateFin: "2024-06-30" }] }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "La composante 02 (du 05/01/2023 au 30/06/2024) doit être comprise dans les dates réelles de l'action (du 06/01/2023 au 30/06/2024).",
    });
    expect(await refusal(save({ dateFinPrevue: "2024-05-31" }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "La composante 01 (du 06/01/2023 au 30/06/2024) doit être comprise dans les dates réelles de l'action (du 06/01/2023 au 31/05/2024).",
    });
    expect(await refusal(save({ dateDebutPrevue: "2024-07-01" }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "La date de fin prévue (30/06/2024) doit être postérieure ou égale à la date de début prévue (01/07/2024).",
    });
    expect(await refusal(save({ composantes: [{ composanteId: "2", dateDebut: "2023-03-01", dateFin: "2023-02-28" }] }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "La date de fin de la composante 01 (28/02/2023) doit être postérieure ou égale à sa date de début (01/03/2023).",
    });
    expect(await refusal(save({ composantes: [{ composanteId: "1", dateDebut: "2023-01-06", dateFin: "2024-06-30" }] }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "Composante inconnue pour cette action.",
    });
    expect(await refusal(() => service.emettre(GR237, String(id), null))).toEqual({
      code: "BAD_USER_INPUT",
      message: "Aucune modification n'a été saisie : enregistrez la demande avant de l'émettre.",
    });
    await service.supprimer(GR237, String(id));
  });

  it("refuses a real start on an action that is not opened, and dates that would leave a session outside its composante", async () => {
    execution.reelles.set(1, null);
    const id = String(await draft(OR5159, "1"));
    expect(await refusal(() => service.enregistrerDates(OR5159, id, { dateDebutReelle: "2022-09-02" }))).toEqual({
      code: "BAD_USER_INPUT",
      message: "L'action n'est pas ouverte : sa date de début réelle sera fixée à l'ouverture.",
    });
    expect(await refusal(() => service.enregistrerDates(OR5159, id, { composantes: [{ composanteId: "1", dateDebut: "2022-10-01", dateFin: "2024-06-30" }] }))).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "La session n° 01 de la composante 01 (du 01/09/2022 au 31/12/2022) ne serait plus comprise dans les dates de sa composante (du 01/10/2022 au 30/06/2024).",
    });
    await service.enregistrerDates(OR5159, id, { dateDebutPrevue: "2022-09-01" });
    expect(await refusal(() => service.emettre(OR5159, id, null))).toEqual({ code: "BAD_USER_INPUT", message: "Aucune modification n'a été saisie." });
    await service.supprimer(OR5159, id);
  });

  it("lets only the Région decide, refusing with observations; a refusal changes nothing", async () => {
    const id = String(await draft(OR5159, "1"));
    await service.enregistrerDates(OR5159, id, { dateFinPrevue: "2024-06-28", composantes: [{ composanteId: "1", dateDebut: "2022-09-01", dateFin: "2024-06-28" }] });
    expect(await lignes(Number(id))).toEqual([
      ["Action / Date de fin prévue", "30/06/2024", "28/06/2024"],
      ["FORP - Formation Projet Pro / Date de fin", "30/06/2024", "28/06/2024"],
    ]);
    expect(await refusal(() => decisions.valider(REGION, id, null))).toEqual({
      code: "CONFLICT",
      message: "Seule une demande de dates en attente de validation peut être validée ou refusée.",
    });
    await service.emettre(OR5159, id, "Fin anticipée");
    for (const caller of [OR5159, CARIF]) {
      expect(await refusal(() => decisions.valider(caller, id, null))).toEqual({ code: "FORBIDDEN", message: "Seule la Région valide ou refuse une demande de modification." });
    }
    expect(await refusal(() => decisions.refuser(REGION, id, " "))).toEqual({ code: "BAD_USER_INPUT", message: "Indiquez le motif du refus dans les observations." });
    expect(await refusal(() => decisions.refuser(GR237, id, "x"))).toEqual({ code: "FORBIDDEN", message: "Seule la Région valide ou refuse une demande de modification." });
    const refusee = await decisions.refuser(REGION, id, "Un avenant est nécessaire.");
    expect(refusee).toMatchObject({ etat: "REFUSEE", observations: "Un avenant est nécessaire.", enCours: null });
    expect(await db.query("SELECT date_fin_prevue FROM action WHERE id = 1")).toEqual([{ date_fin_prevue: "2024-06-30" }]);
    expect(await refusal(() => decisions.valider(REGION, id, null))).toMatchObject({ code: "CONFLICT" });
  });

  it("checks a request again when the Région validates it, against what changed since", async () => {
    const id = String(await draft(OR5159, "1"));
    await service.enregistrerDates(OR5159, id, { composantes: [{ composanteId: "1", dateDebut: "2022-09-01", dateFin: "2024-05-31" }] });
    await service.emettre(OR5159, id, null);
    const sessions = await service.nouvelle(OR5159, { actionId: "1", type: TypeDemande.SESSIONS_ET_INFORMATIONS_COLLECTIVES, composanteId: "1" });
    await service.enregistrerSession(OR5159, String(sessions.id), { dateDebut: "2024-04-01", dateFin: "2024-06-15", siteId: "1", nbPlaces: 8 });
    await service.emettre(OR5159, String(sessions.id), null);
    expect(await refusal(() => decisions.valider(REGION, id, "OK"))).toEqual({
      code: "BAD_USER_INPUT",
      message:
        "La demande ne peut plus être appliquée : La session n° 02 de la composante 01 (du 01/04/2024 au 15/06/2024) ne serait plus comprise dans les dates de sa composante (du 01/09/2022 au 31/05/2024).",
    });
  });

  it("keeps a new real start for execution until it accepts it, counting the attempts", async () => {
    const id = String(await draft(GR237, "2"));
    const composantes = ["2", "3", "4"].map((composanteId) => ({ composanteId, dateDebut: "2023-01-09", dateFin: "2024-06-30" }));
    await service.enregistrerDates(GR237, id, { dateDebutReelle: "2023-01-09", composantes });
    await service.emettre(GR237, id, null);
    await decisions.valider(REGION, id, "Validé au vu du courrier.");
    execution.failing = true;
    expect(await relayPropagations(db, execution, clock)).toBe(0);
    const [pending] = await db.query(`SELECT tentatives, derniere_erreur, appliquee_le, prochain_essai_le FROM propagation_date_reelle WHERE reference = 'demande-${id}'`);
    expect({ ...pending, tentatives: Number(pending.tentatives), prochain_essai_le: Number(pending.prochain_essai_le) }).toEqual({
      tentatives: 1, derniere_erreur: "Un service de SIGMA-graph est momentanément indisponible.", appliquee_le: null, prochain_essai_le: now + 5_000,
    });
    execution.failing = false;
    // Backing off: not before 5 s.
    expect(await relayPropagations(db, execution, clock)).toBe(0);
    now += 5_000;
    expect(await relayPropagations(db, execution, clock)).toBe(1);
    expect(execution.applied.at(-1)).toEqual([2, "2023-01-09", `demande-${id}`]);
  });
});
