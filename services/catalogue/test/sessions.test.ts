import { login } from "@sigma/stack/support/auth";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackDatabase } from "./support/database.js";
import { validateLheo } from "./support/lheo.js";
import { EMETTRE, ENREGISTRER, IC_SEED, NOUVELLE, SESSION_01, SESSION_02 } from "./support/fixtures.js";
import { ok, refused, type Headers } from "./support/graph.js";

/** Seed 004 through the graph: sessions and informations collectives, created, changed and cancelled by requests. */
const databases = await databasesUnderTest();

const FLUX = /* GraphQL */ `query ($depuis: String, $apres: String, $premiers: Int) { fluxSessions(depuis: $depuis, apres: $apres, premiers: $premiers) { nodes { id numero nbPlaces annulee informationsCollectives { nbPlaces commentaire } } pageInfo { hasNextPage endCursor } } }`;

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
    const { session: own } = await gql(`{ session(id: "1") { historique { action auteur } } }`, {}, ofA);
    expect(own.historique.map((e: { action: string; auteur: string }) => `${e.action}:${e.auteur}`)).toEqual(["creation:OR5159", "annulation:OR5159"]);
    expect((await refused(stack.gatewayUrl, `{ session(id: "1") { historique { action } } }`, {}, carif)).code).toBe("FORBIDDEN");
    const [ic] = await db.query("SELECT action FROM historique WHERE objet_type = 'InformationCollective' AND objet_id = '1' ORDER BY id DESC");
    expect(ic.action).toBe("annulation");
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

  it("moves the real start through a date request the Région validates, and execution applies it (seed 003, end to end)", async () => {
    const REELLE = `{ actionParId(id: "1") { dateDebutReelle } }`;
    expect((await gql(REELLE, {}, ofA)).actionParId.dateDebutReelle).toBe("2022-09-01");
    const { nouvelleDemandeModification: d } = await gql(NOUVELLE, { input: { actionId: "1", type: "DATES" } }, ofA);
    const { enregistrerDates } = await gql(
      `mutation ($id: ID!) { enregistrerDates(demandeId: $id, dates: { dateDebutReelle: "2022-08-29" }) { lignes { intitule avant apres } } }`,
      { id: d.id },
      ofA,
    );
    expect(enregistrerDates.lignes).toEqual([{ intitule: "Action / Date de début réelle", avant: "01/09/2022", apres: "29/08/2022" }]);
    expect((await gql(EMETTRE, { id: d.id, m: "Entrée du premier stagiaire le 29/08/2022" }, ofA)).emettreDemande.etat).toBe("EN_ATTENTE_VALIDATION");
    expect((await gql(`mutation ($id: ID!) { validerDemande(demandeId: $id) { etat } }`, { id: d.id }, region)).validerDemande.etat).toBe("VALIDEE");
    // The outbox relay hands it to execution within a few seconds.
    let reelle = "";
    for (let i = 0; i < 40 && reelle !== "2022-08-29"; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      reelle = (await gql(REELLE, {}, ofA)).actionParId.dateDebutReelle;
    }
    expect(reelle).toBe("2022-08-29");
    const [row] = await db.query(`SELECT appliquee_le, tentatives FROM propagation_date_reelle WHERE reference = 'demande-${d.id}'`);
    expect(row.appliquee_le).not.toBeNull();
    expect(Number(row.tentatives)).toBe(1);
  });

  describe("GET /feeds/lheo.xml", () => {
    const feed = (query = "", headers: Headers = carif) => fetch(`${stack.gatewayUrl.replace(/\/graphql$/, "")}/feeds/lheo.xml${query}`, { headers });

    it("exports the published offer as LHEO 2.3 that validates, the cancelled session and information collective included", async () => {
      const response = await feed();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
      const xml = await response.text();
      expect(validateLheo(xml)).toBe("");
      expect(xml).toContain('<lheo xmlns="http://lheo.gouv.fr/2.3"');
      const formations = xml.split("<formation ").slice(1);
      expect(formations).toHaveLength(2);
      const [s02, s01] = formations as [string, string];
      // Order of last change: 02, then the cancelled 01.
      expect(s01).toContain('<action numero="23P0000000_TEST_1-01-01">');
      expect(s01).toContain("<etat-recrutement>2</etat-recrutement>");
      expect(s01).toContain("<nb-places>0</nb-places>");
      expect(s01).toContain("<nb-places-financees>0</nb-places-financees>");
      expect(s01).not.toContain("<date-information>");
      expect(s01).toContain("<numero-activite>76340000034</numero-activite><SIRET-organisme-formation><SIRET>12345678900017</SIRET>");
      expect(s02).toContain("<periode><debut>20230102</debut><fin>20230331</fin></periode>");
      expect(s02).toContain("<etat-recrutement>1</etat-recrutement>");
      expect(s02).toContain(
        "<recrutement><modalite-recrutement>9</modalite-recrutement><adresse><ligne>5 rue de la Loge</ligne><codepostal>34000</codepostal><ville>MONTPELLIER</ville></adresse><nb-places>10</nb-places><periode><debut>20221215</debut><fin>20221215</fin></periode><heure-debut>09h30</heure-debut><heure-fin>11h30</heure-fin><commentaire>  Tram 1 &lt;Corum&gt; &amp; « bus » n°6\n</commentaire></recrutement>",
      );
      expect(s02).toContain("<organisme-financeur><code-financeur>2</code-financeur><nb-places-financees>12</nb-places-financees></organisme-financeur>");
    });

    it("exports only what changed since `depuis`, and an empty increment that still validates", async () => {
      const { fluxSessions } = await gql(`{ fluxSessions { nodes { numero modifieLe } } }`, {}, carif);
      const last = fluxSessions.nodes.at(-1);
      const increment = await (await feed(`?depuis=${encodeURIComponent(new Date(Date.parse(last.modifieLe) - 1).toISOString())}`)).text();
      expect(validateLheo(increment)).toBe("");
      expect(increment.split("<formation ").length - 1).toBe(1);
      const empty = await feed(`?depuis=${encodeURIComponent(last.modifieLe)}`);
      expect(empty.status).toBe(200);
      const xml = await empty.text();
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<lheo-plus xmlns="http:\/\/lheo.gouv.fr\/2.3" horodatage-export="[^"]+"\/>\n$/);
      expect(validateLheo(xml)).toBe("");
    });

    it("needs the CARIF (or Région) credential, and says why in French", async () => {
      const anonymous = await feed("", {});
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toEqual({ errors: [{ message: "Identifiant CARIF requis (Authorization: Bearer …).", extensions: { code: "UNAUTHENTICATED" } }] });
      expect((await feed("", { authorization: "Bearer pas.un.jeton-valide" })).status).toBe(401);
      const organisme = await feed("", ofA);
      expect(organisme.status).toBe(403);
      expect((await organisme.json()).errors[0].extensions.code).toBe("FORBIDDEN");
      expect((await feed("", region)).status).toBe(200);
      const bad = await feed("?depuis=hier");
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors[0]).toEqual({
        message: "Le paramètre « depuis » doit être un instant ISO 8601 avec son fuseau (ex. 2023-01-05T14:38:00Z).",
        extensions: { code: "BAD_USER_INPUT" },
      });
    });
  });
});
