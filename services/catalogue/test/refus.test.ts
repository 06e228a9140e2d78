import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENREGISTRER, IC_SEED, NOUVELLE, SESSION_01 } from "./support/fixtures.js";
import { snapshot, stackDatabase } from "./support/database.js";
import { ok, refused, type Headers } from "./support/graph.js";

/** Issue 4's « Bad input »: each refusal with its code and French message, and nothing written. */
const databases = await databasesUnderTest();

type Who = "ofA" | "ofB" | "region";
interface Case {
  name: string;
  who?: Who;
  query: string;
  variables: (ids: Ids) => Record<string, unknown>;
  code: string;
  message: string;
}
interface Ids {
  brouillon: string;
  dates: string;
}

const NEW_IC = { date: "2022-12-15", heureDebut: "09:30", heureFin: "11:30", nbPlaces: 10, adresse: { libelleVoie: "rue de la Loge", codePostal: "34000", ville: "MONTPELLIER" } };
const NEW = { dateDebut: "2023-01-02", dateFin: "2023-03-31", siteId: "2", nbPlaces: 12, informationsCollectives: [NEW_IC] };
const session = (changes: Record<string, unknown>) => (ids: Ids) => ({ id: ids.brouillon, s: { ...NEW, ...changes } });
const ic = (changes: Record<string, unknown>) => session({ informationsCollectives: [{ ...NEW_IC, ...changes }] });
const adresse = (changes: Record<string, unknown>) => ic({ adresse: { ...NEW_IC.adresse, ...changes } });
const nouvelle = (input: Record<string, unknown>) => () => ({ input: { actionId: "1", type: "SESSIONS_ET_INFORMATIONS_COLLECTIVES", composanteId: "1", ...input } });
const HORS_COMPOSANTE = "Les dates de la session doivent être comprises dans l'intervalle des dates de la composante (du 01/09/2022 au 30/06/2024).";
const SITE = "Le lieu de la session doit être un site de réalisation de l'organisme.";
const CP = "Le code postal de l'information collective doit compter 5 chiffres.";
const HEURE_DEBUT = "L'heure de début de l'information collective doit être au format hh:mm (ex. 09:30).";

const CASES: Case[] = [
  { name: "session starting before its composante", query: ENREGISTRER, variables: session({ dateDebut: "2022-08-31" }), code: "BAD_USER_INPUT", message: HORS_COMPOSANTE },
  { name: "session ending after its composante", query: ENREGISTRER, variables: session({ dateFin: "2024-07-01" }), code: "BAD_USER_INPUT", message: HORS_COMPOSANTE },
  { name: "session ending before it starts", query: ENREGISTRER, variables: session({ dateDebut: "2023-02-01", dateFin: "2023-01-31" }), code: "BAD_USER_INPUT", message: "La date de fin de la session (31/01/2023) doit être postérieure ou égale à sa date de début (01/02/2023)." },
  { name: "negative session places", query: ENREGISTRER, variables: session({ nbPlaces: -1 }), code: "BAD_USER_INPUT", message: "Le nombre de places de la session ne peut être négatif (0 annule la session)." },
  { name: "negative information collective places", query: ENREGISTRER, variables: ic({ nbPlaces: -5 }), code: "BAD_USER_INPUT", message: "Le nombre de places de l'information collective ne peut être négatif (0 l'annule)." },
  { name: "time written 10h00", query: ENREGISTRER, variables: ic({ heureDebut: "10h00" }), code: "BAD_USER_INPUT", message: HEURE_DEBUT },
  { name: "time 9:30 without its leading zero", query: ENREGISTRER, variables: ic({ heureDebut: "9:30" }), code: "BAD_USER_INPUT", message: HEURE_DEBUT },
  { name: "time 24:00", query: ENREGISTRER, variables: ic({ heureFin: "24:00" }), code: "BAD_USER_INPUT", message: "L'heure de fin de l'information collective doit être au format hh:mm (ex. 09:30)." },
  { name: "end time equal to start time", query: ENREGISTRER, variables: ic({ heureDebut: "10:00", heureFin: "10:00" }), code: "BAD_USER_INPUT", message: "L'heure de fin de l'information collective (10:00) doit être après l'heure de début (10:00)." },
  { name: "end time before start time", query: ENREGISTRER, variables: ic({ heureDebut: "12:00", heureFin: "10:00" }), code: "BAD_USER_INPUT", message: "L'heure de fin de l'information collective (10:00) doit être après l'heure de début (12:00)." },
  { name: "4-digit postcode", query: ENREGISTRER, variables: adresse({ codePostal: "3400" }), code: "BAD_USER_INPUT", message: CP },
  { name: "postcode with a space", query: ENREGISTRER, variables: adresse({ codePostal: "34 000" }), code: "BAD_USER_INPUT", message: CP },
  { name: "Corsican letters in a postcode", query: ENREGISTRER, variables: adresse({ codePostal: "2A004" }), code: "BAD_USER_INPUT", message: CP },
  { name: "blank libellé de la voie", query: ENREGISTRER, variables: adresse({ libelleVoie: "   " }), code: "BAD_USER_INPUT", message: "Le champ « Libellé de la voie » est obligatoire." },
  { name: "empty ville", query: ENREGISTRER, variables: adresse({ ville: "" }), code: "BAD_USER_INPUT", message: "Le champ « Ville » est obligatoire." },
  { name: "comment over 500 characters", query: ENREGISTRER, variables: ic({ commentaire: "é".repeat(501) }), code: "BAD_USER_INPUT", message: "Le champ « Commentaire » ne peut dépasser 500 caractères." },
  { name: "comment with a control character", query: ENREGISTRER, variables: ic({ commentaire: "bus\u0007" }), code: "BAD_USER_INPUT", message: "Le champ « Commentaire » contient des caractères non imprimables." },
  { name: "unknown site", query: ENREGISTRER, variables: session({ siteId: "999" }), code: "BAD_USER_INPUT", message: SITE },
  { name: "another organisme's site", query: ENREGISTRER, variables: session({ siteId: "3" }), code: "BAD_USER_INPUT", message: SITE },
  { name: "information collective of another session", query: ENREGISTRER, variables: ic({ id: "1" }), code: "BAD_USER_INPUT", message: "Information collective inconnue pour cette session." },
  { name: "session number already used", query: ENREGISTRER, variables: session({ numero: "01" }), code: "CONFLICT", message: "La session n° 01 existe déjà dans la composante 01 - FORP - Formation Projet Pro." },
  { name: "malformed session number", query: ENREGISTRER, variables: session({ numero: "1" }), code: "BAD_USER_INPUT", message: "Le numéro de session doit compter 2 chiffres, de 01 à 99 (ex. 01)." },
  { name: "unknown demande", query: ENREGISTRER, variables: () => ({ id: "999", s: NEW }), code: "NOT_FOUND", message: "Demande de modification introuvable." },
  { name: "another organisme's demande", who: "ofB", query: ENREGISTRER, variables: session({}), code: "NOT_FOUND", message: "Demande de modification introuvable." },
  { name: "emitting a draft with nothing saved", query: `mutation ($id: ID!) { emettreDemande(demandeId: $id) { etat } }`, variables: (ids) => ({ id: ids.brouillon }), code: "BAD_USER_INPUT", message: "Aucune modification n'a été saisie : enregistrez la demande avant de l'émettre." },
  { name: "a second pending session request", query: NOUVELLE, variables: nouvelle({}), code: "CONFLICT", message: "Une demande de modification de sessions et informations collectives est déjà en attente d'émission sur cette action : émettez-la ou supprimez-la avant d'en créer une nouvelle." },
  { name: "a second pending date request", query: NOUVELLE, variables: () => ({ input: { actionId: "1", type: "DATES" } }), code: "CONFLICT", message: "Une demande de modification de dates est déjà en attente d'émission sur cette action : émettez-la ou supprimez-la avant d'en créer une nouvelle." },
  { name: "unknown action", query: NOUVELLE, variables: nouvelle({ actionId: "999" }), code: "NOT_FOUND", message: "Action introuvable." },
  { name: "another organisme's action", who: "ofB", query: NOUVELLE, variables: nouvelle({}), code: "NOT_FOUND", message: "Action introuvable." },
  { name: "unknown composante", query: NOUVELLE, variables: nouvelle({ composanteId: "999" }), code: "BAD_USER_INPUT", message: "Composante inconnue pour cette action." },
  { name: "composante of another action", query: NOUVELLE, variables: nouvelle({ composanteId: "2" }), code: "BAD_USER_INPUT", message: "Composante inconnue pour cette action." },
  { name: "unknown session", query: NOUVELLE, variables: nouvelle({ sessionId: "999" }), code: "BAD_USER_INPUT", message: "Session inconnue pour cette composante." },
  { name: "session request without composante", query: NOUVELLE, variables: nouvelle({ composanteId: null }), code: "BAD_USER_INPUT", message: "Choisissez la composante de la session." },
  { name: "date request naming a composante", query: NOUVELLE, variables: () => ({ input: { actionId: "1", type: "DATES", composanteId: "1" } }), code: "BAD_USER_INPUT", message: "Une demande de modification de dates porte sur toute l'action : ne choisissez ni composante ni session." },
  { name: "a request from the Région", who: "region", query: NOUVELLE, variables: nouvelle({}), code: "FORBIDDEN", message: "Vous n'avez pas accès à cette ressource." },
  { name: "deleting a validated session's request", query: `mutation { supprimerDemande(demandeId: "1") }`, variables: () => ({}), code: "CONFLICT", message: "Une demande validée ne peut être supprimée : une session validée ne se supprime pas, mettez ses places à 0 pour l'annuler." },
  { name: "emitting a request twice", query: `mutation { emettreDemande(demandeId: "1") { etat } }`, variables: () => ({}), code: "CONFLICT", message: "La demande a déjà été émise : elle ne peut plus être modifiée." },
  { name: "dates saved on a session request", query: `mutation ($id: ID!) { enregistrerDates(demandeId: $id, dates: {}) { etat } }`, variables: (ids) => ({ id: ids.brouillon }), code: "BAD_USER_INPUT", message: "Cette demande est une « Demande de modification de sessions et informations collectives »." },
  { name: "a refusal without observations", who: "region", query: `mutation ($id: ID!) { refuserDemande(demandeId: $id, observations: "  ") { etat } }`, variables: (ids) => ({ id: ids.dates }), code: "BAD_USER_INPUT", message: "Indiquez le motif du refus dans les observations." },
  { name: "validating a draft", who: "region", query: `mutation ($id: ID!) { validerDemande(demandeId: $id) { etat } }`, variables: (ids) => ({ id: ids.dates }), code: "CONFLICT", message: "Seule une demande de dates en attente de validation peut être validée ou refusée." },
  { name: "a feed page of 0", who: "region", query: `{ fluxSessions(premiers: 0) { nodes { id } } }`, variables: () => ({}), code: "BAD_USER_INPUT", message: "Le nombre d'éléments par page doit être compris entre 1 et 100." },
  { name: "a forged feed cursor", who: "region", query: `{ fluxSessions(apres: "WyJ4Il0") { nodes { id } } }`, variables: () => ({}), code: "BAD_USER_INPUT", message: "Curseur de pagination invalide." },
  { name: "an LHEO feed page of 1001", who: "region", query: `{ fluxLheo(premiers: 1001) { nombre } }`, variables: () => ({}), code: "BAD_USER_INPUT", message: "Le nombre d'éléments par page doit être compris entre 1 et 1000." },
  { name: "a forged LHEO feed cursor", who: "region", query: `{ fluxLheo(apres: "WyJ4Il0") { nombre } }`, variables: () => ({}), code: "BAD_USER_INPUT", message: "Curseur de pagination invalide." },
  { name: "a feed « depuis » that is no instant", who: "region", query: `{ fluxSessions(depuis: "hier") { nodes { id } } }`, variables: () => ({}), code: "BAD_USER_INPUT", message: "Le paramètre « depuis » doit être un instant ISO 8601 avec son fuseau (ex. 2023-01-05T14:38:00Z)." },
];

describe.each(databases)("refusals of issue 4 on %s", (database) => {
  let stack: Stack;
  let db: DataSource;
  const headers = {} as Record<Who, Headers>;
  const ids = {} as Ids;

  beforeAll(async () => {
    stack = await startStack({ database });
    db = await stackDatabase(stack);
    for (const [who, id] of [["ofA", "OR5159"], ["ofB", "GR237"], ["region", "REGION"]] as const) headers[who] = await login(stack.gatewayUrl, id);
    ids.brouillon = (await ok(stack.gatewayUrl, NOUVELLE, nouvelle({})(), headers.ofA)).nouvelleDemandeModification.id;
    ids.dates = (await ok(stack.gatewayUrl, NOUVELLE, { input: { actionId: "1", type: "DATES" } }, headers.ofA)).nouvelleDemandeModification.id;
  });
  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  const expectRefused = async (c: Omit<Case, "name">, vars: Record<string, unknown>) => {
    const before = await snapshot(db);
    expect(await refused(stack.gatewayUrl, c.query, vars, headers[c.who ?? "ofA"])).toEqual({ code: c.code, message: c.message });
    expect(await snapshot(db)).toBe(before);
  };

  it.each(CASES)("refuses $name, and writes nothing", (c) => expectRefused(c, c.variables(ids)));

  it("refuses an impossible calendar day (scalar), and writes nothing", async () => {
    const before = await snapshot(db);
    const error = await refused(stack.gatewayUrl, ENREGISTRER, { id: ids.brouillon, s: { ...NEW, dateDebut: "2023-02-30" } }, headers.ofA);
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.message).toContain("Date invalide : indiquez une date existante au format AAAA-MM-JJ.");
    expect(await snapshot(db)).toBe(before);
  });

  it("refuses, on an existing session, to drop an information collective, to renumber it, or to cite one twice", async () => {
    await ok(stack.gatewayUrl, `mutation ($id: ID!) { supprimerDemande(demandeId: $id) }`, { id: ids.brouillon }, headers.ofA);
    const { nouvelleDemandeModification: d } = await ok(stack.gatewayUrl, NOUVELLE, nouvelle({ sessionId: "1" })(), headers.ofA);
    const on01 = (s: Record<string, unknown>) => ({ id: d.id, s: { ...SESSION_01, ...s } });
    await expectRefused(
      { query: ENREGISTRER, code: "BAD_USER_INPUT", message: "L'information collective du 31/08/2022 ne peut être supprimée : mettez ses places à 0 pour l'annuler." },
      on01({ informationsCollectives: [] }),
    );
    await expectRefused({ query: ENREGISTRER, code: "BAD_USER_INPUT", message: "Le numéro d'une session existante ne peut être modifié." }, on01({ numero: "05" }));
    await expectRefused({ query: ENREGISTRER, code: "BAD_USER_INPUT", message: "Une information collective est citée deux fois." }, on01({ informationsCollectives: [IC_SEED, IC_SEED] }));
    await expectRefused(
      { query: ENREGISTRER, code: "BAD_USER_INPUT", message: HORS_COMPOSANTE },
      on01({ dateDebut: "2022-08-01" }),
    );
  });
});
