import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackDatabase } from "./support/database.js";
import { ok, type Headers } from "./support/graph.js";

/** Seed 004 through the graph: sessions and informations collectives, created, changed and cancelled by requests. */
const databases = await databasesUnderTest();

export const NOUVELLE = /* GraphQL */ `mutation ($input: NouvelleDemandeInput!) { nouvelleDemandeModification(input: $input) { id etat } }`;
export const ENREGISTRER = /* GraphQL */ `mutation ($id: ID!, $s: SessionInput!) { enregistrerSession(demandeId: $id, session: $s) { id etat lignes { intitule avant apres } } }`;
export const EMETTRE = /* GraphQL */ `mutation ($id: ID!, $m: String) { emettreDemande(demandeId: $id, motivation: $m) { id etat dateEmission motivation session { id numero nbPlaces } lignes { intitule avant apres } historique { action auteur } } }`;
const FLUX = /* GraphQL */ `query ($depuis: String, $apres: String, $premiers: Int) { fluxSessions(depuis: $depuis, apres: $apres, premiers: $premiers) { nodes { id numero nbPlaces annulee informationsCollectives { nbPlaces commentaire } } pageInfo { hasNextPage endCursor } } }`;

export const IC_SEED = {
  id: "1", date: "2022-08-31", heureDebut: "10:00", heureFin: "12:00", nbPlaces: 20,
  commentaire: "arrêt XXXXX_ligne de bus n°XXXX\ntramway ligne X direction.....arrêt :",
  adresse: { numeroVoie: "12", extensionVoie: "ter", typeVoie: "allée", libelleVoie: "de la madeleine", codePostal: "34000", ville: "MONTPELLIER" },
};
export const SESSION_01 = { dateDebut: "2022-09-01", dateFin: "2022-12-31", siteId: "1", nbPlaces: 10, informationsCollectives: [IC_SEED] };
export const SESSION_02 = {
  dateDebut: "2023-01-02", dateFin: "2023-03-31", siteId: "2", nbPlaces: 12,
  informationsCollectives: [
    { date: "2022-12-15", heureDebut: "09:30", heureFin: "11:30", nbPlaces: 10, commentaire: "  Tram 1 <Corum> & « bus » n°6\n", adresse: { numeroVoie: "5", typeVoie: "rue", libelleVoie: "de la Loge", codePostal: "34000", ville: "Montpellier" } },
  ],
};
const P = "01 - FORP - Formation Projet Pro / Session n°";
const parisToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date());

describe.each(databases)("sessions et informations collectives (seed 004) on %s", (database) => {
  let stack: Stack;
  let db: DataSource;
  let ofA: Headers;
  let region: Headers;
  let carif: Headers;
  const gql = <T = any>(query: string, variables: Record<string, unknown>, headers: Headers) => ok<T>(stack.gatewayUrl, query, variables, headers);
  const request = async (session: Record<string, unknown>, sessionId?: string) => {
    const { nouvelleDemandeModification: d } = await gql(NOUVELLE, { input: { actionId: "1", type: "SESSIONS_ET_INFORMATIONS_COLLECTIVES", composanteId: "1", sessionId } }, ofA);
    const { enregistrerSession: saved } = await gql(ENREGISTRER, { id: d.id, s: session }, ofA);
    return saved as { id: string; etat: string; lignes: { intitule: string; avant: string; apres: string }[] };
  };

  beforeAll(async () => {
    stack = await startStack({ database });
    db = await stackDatabase(stack);
    [ofA, region, carif] = await Promise.all(["OR5159", "REGION", "CARIF"].map((id) => login(stack.gatewayUrl, id)));
  });
  afterAll(async () => {
    await db?.destroy();
    await stack?.stop();
  });

  it("creates a session: a draft with the server's recap, unpublished until emitted, then validated and published at once", async () => {
    const draft = await request(SESSION_02);
    expect(draft.etat).toBe("EN_ATTENTE_EMISSION");
    expect(draft.lignes.map((l) => [l.intitule, l.avant, l.apres])).toEqual([
      [`${P} - / Numéro`, "-", "02"],
      [`${P} - / Date début`, "-", "02/01/2023"],
      [`${P} - / Date fin`, "-", "31/03/2023"],
      [`${P} - / Lieu de la session`, "-", "ORGANISME TEST PRF 23 / CENTRE MONTPELLIER / MONTPELLIER / 34000"],
      [`${P} - / Nb. de places`, "-", "12"],
      [`${P} - / Information collective / Date`, "-", "15/12/2022"],
      [`${P} - / Information collective / Heure de début (hh.mm)`, "-", "09:30"],
      [`${P} - / Information collective / Heure de fin (hh.mm)`, "-", "11:30"],
      [`${P} - / Information collective / Nombre de places pour l'information collective`, "-", "10"],
      [`${P} - / Information collective / Commentaire – Pièces justificatives à fournir`, "-", "  Tram 1 <Corum> & « bus » n°6\n"],
      [`${P} - / Information collective / N° de voie`, "-", "5"],
      [`${P} - / Information collective / Type de voie`, "-", "rue"],
      [`${P} - / Information collective / Libellé de la voie`, "-", "de la Loge"],
      [`${P} - / Information collective / Code postal`, "-", "34000"],
      [`${P} - / Information collective / Ville`, "-", "MONTPELLIER"],
    ]);
    const before = await gql(FLUX, {}, carif);
    expect(before.fluxSessions.nodes.map((s: { numero: string }) => s.numero)).toEqual(["01"]);

    const { emettreDemande: emise } = await gql(EMETTRE, { id: draft.id, m: "Nouvelle session de janvier" }, ofA);
    expect(emise).toMatchObject({ etat: "VALIDEE", dateEmission: parisToday(), motivation: "Nouvelle session de janvier", session: { numero: "02", nbPlaces: 12 } });
    expect(emise.historique.map((h: { action: string; auteur: string }) => `${h.action}:${h.auteur}`)).toEqual(["creation:OR5159", "enregistrement:OR5159", "emission:OR5159"]);
    const after = await gql(FLUX, {}, carif);
    expect(after.fluxSessions.nodes.map((s: { numero: string }) => s.numero)).toEqual(["01", "02"]);
    // The comment is published exactly as typed.
    expect(after.fluxSessions.nodes[1].informationsCollectives).toEqual([{ nbPlaces: 10, commentaire: "  Tram 1 <Corum> & « bus » n°6\n" }]);
    const [row] = await db.query("SELECT nb_places, site_id FROM session WHERE numero = '02'");
    expect(Number(row.nb_places)).toBe(12);
    const events = await db.query("SELECT objet_type, action FROM historique WHERE objet_type IN ('Session', 'InformationCollective') ORDER BY id");
    expect(events.slice(-2).map((e: { objet_type: string; action: string }) => `${e.objet_type}:${e.action}`)).toEqual(["Session:creation", "InformationCollective:creation"]);
  });

  it("never publishes a draft, and deletes it with its proposed session", async () => {
    const draft = await request({ ...SESSION_02, dateDebut: "2023-04-03", dateFin: "2023-06-30", informationsCollectives: [] });
    expect(draft.lignes[0]).toEqual({ intitule: `${P} - / Numéro`, avant: "-", apres: "03" });
    expect((await gql(FLUX, {}, carif)).fluxSessions.nodes).toHaveLength(2);
    const { supprimerDemande } = await gql(`mutation ($id: ID!) { supprimerDemande(demandeId: $id) }`, { id: draft.id }, ofA);
    expect(supprimerDemande).toBe("La demande de modification a été correctement supprimée.");
    expect(await db.query(`SELECT id FROM demande_modification WHERE id = ${Number(draft.id)}`)).toEqual([]);
    expect(await db.query(`SELECT id FROM ligne_modification WHERE demande_id = ${Number(draft.id)}`)).toEqual([]);
    expect(await db.query("SELECT numero FROM session WHERE numero = '03'")).toEqual([]);
    const [suppression] = await db.query(`SELECT action, auteur FROM historique WHERE objet_type = 'DemandeModification' AND objet_id = '${draft.id}' ORDER BY id DESC`);
    expect(suppression).toMatchObject({ action: "suppression", auteur: "OR5159" });
  });

  it("cancels a validated session by setting its places to 0: one recap line, and the feed reports the change", async () => {
    const depuis = new Date(Date.now() - 1).toISOString();
    expect((await gql(FLUX, { depuis }, carif)).fluxSessions.nodes).toEqual([]);
    const draft = await request({ ...SESSION_01, nbPlaces: 0 }, "1");
    expect(draft.lignes).toEqual([{ intitule: `${P} 01 / Nb. de places`, avant: "10", apres: "0" }]);
    const { emettreDemande } = await gql(EMETTRE, { id: draft.id }, ofA);
    expect(emettreDemande).toMatchObject({ etat: "VALIDEE", session: { id: "1", nbPlaces: 0 } });
    const increment = await gql(FLUX, { depuis }, carif);
    expect(increment.fluxSessions.nodes).toEqual([
      { id: "1", numero: "01", nbPlaces: 0, annulee: true, informationsCollectives: [{ nbPlaces: 20, commentaire: IC_SEED.commentaire }] },
    ]);
    // Ordered by last change: the cancelled 01 now comes after 02.
    expect((await gql(FLUX, {}, region)).fluxSessions.nodes.map((s: { numero: string }) => s.numero)).toEqual(["02", "01"]);
    const [event] = await db.query("SELECT action, avant, apres FROM historique WHERE objet_type = 'Session' AND objet_id = '1' ORDER BY id DESC");
    expect(event.action).toBe("annulation");
    expect(JSON.parse(event.avant).nbPlaces).toBe(10);
    expect(JSON.parse(event.apres).nbPlaces).toBe(0);
  });

  it("cancels an information collective by 0 places, recapped under its date", async () => {
    const draft = await request({ ...SESSION_01, nbPlaces: 0, informationsCollectives: [{ ...IC_SEED, nbPlaces: 0 }] }, "1");
    expect(draft.lignes).toEqual([
      { intitule: `${P} 01 / Information collective du 31/08/2022 / Nombre de places pour l'information collective`, avant: "20", apres: "0" },
    ]);
    await gql(EMETTRE, { id: draft.id }, ofA);
    const { session } = await gql(`{ session(id: "1") { nbPlaces informationsCollectives { nbPlaces annulee adresse { ligne } } } }`, {}, carif);
    expect(session).toEqual({ nbPlaces: 0, informationsCollectives: [{ nbPlaces: 0, annulee: true, adresse: { ligne: "12 ter allée de la madeleine" } }] });
  });

  it("pages the feed by cursor, in order of last change, and keeps it from organismes", async () => {
    const first = await gql(FLUX, { premiers: 1 }, carif);
    expect(first.fluxSessions.nodes.map((s: { numero: string }) => s.numero)).toEqual(["02"]);
    expect(first.fluxSessions.pageInfo.hasNextPage).toBe(true);
    const second = await gql(FLUX, { premiers: 1, apres: first.fluxSessions.pageInfo.endCursor }, carif);
    expect(second.fluxSessions.nodes.map((s: { numero: string }) => s.numero)).toEqual(["01"]);
    expect(second.fluxSessions.pageInfo.hasNextPage).toBe(false);
    const third = await gql(FLUX, { apres: second.fluxSessions.pageInfo.endCursor }, carif);
    expect(third.fluxSessions).toEqual({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});
