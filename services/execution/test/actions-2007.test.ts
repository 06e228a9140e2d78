import path from "node:path";
import { ParcoursIndividualise } from "@sigma/execution/stagiaire/parcours.entity";
import { Stagiaire } from "@sigma/execution/stagiaire/stagiaire.entity";
import { executionModel } from "@sigma/execution/model";
import { openDatabase } from "@sigma/kit/db/data-source";
import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest, MYSQL_URL } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ajouterActions, fiche, INSCRIRE, ok, OUVRIR, refused, sessions, type ActionFixture, type Headers } from "./support.js";

const databases = await databasesUnderTest();

const OR5159 = 1;
/**
 * Seed 001's actions, added to catalogue's offer (no demo action runs in 2006–2007):
 * - 101 « COSTUMIER(ERE) » 2008QIA0970 (its list of actions: real start 02/01/2007, closing 01/07/2007;
 *   « QIA »: individualised), where the January 2007 recap of § 3.5 is entered;
 * - 102 « BTS ASSISTANT DE DIRECTION EN UN AN » 2007QCA0266 (its « résumé de l'action »: effectif
 *   rémunéré 10; dates of § 3.1: 28/09/2006 → 12/06/2007; the effectif total, blank in the seed, is 12 here);
 * - 103 « ACCESSOIRISTES » 2008QCA0971, individualised here, for the volume test.
 * The seed's organisme (SCENES ET FORMATIONS) has no account here: OR5159 holds them.
 */
const ACTIONS: ActionFixture[] = [
  {
    id: 101, numero: "2008QIA0970", intitule: "COSTUMIER(ERE)", numeroContrat: "2008QIA0970", anneeProgrammation: 2008, dateDebutPrevue: "2007-01-02",
    dateFinPrevue: "2007-07-01", organismeId: OR5159, type: "INDIVIDUALISEE", effectifTotal: 12, effectifRemunere: 10, lieu: "MONTPELLIER",
  },
  {
    id: 102, numero: "2007QCA0266", intitule: "BTS ASSISTANT DE DIRECTION EN UN AN", numeroContrat: "2007QCA0266", anneeProgrammation: 2007,
    dateDebutPrevue: "2006-09-28", dateFinPrevue: "2007-06-12", organismeId: OR5159, type: "COLLECTIVE", effectifTotal: 12, effectifRemunere: 10, lieu: "CLERMONT-L'HERAULT",
  },
  {
    id: 103, numero: "2008QCA0971", intitule: "ACCESSOIRISTES", numeroContrat: "2008QCA0971", anneeProgrammation: 2008, dateDebutPrevue: "2007-01-02",
    dateFinPrevue: "2007-12-21", organismeId: OR5159, type: "INDIVIDUALISEE", effectifTotal: 250, effectifRemunere: 250, lieu: "MONTPELLIER",
  },
];

/** « Définition de parcours », every * field (mandatory on an individualised action). */
const parcours = (heuresCentre: string, heuresEntreprise: string) => ({
  parcoursEnvisage: "Costumier de spectacle", heuresCentre, heuresEntreprise, nombrePeriodesEntreprise: 1,
  modulesEnseignementGeneral: "Histoire du costume", modulesEnseignementProfessionnel: "Coupe, moulage", objectifsPeriodesEntreprise: "Atelier d'un théâtre",
  objectifsFormation: "CAP couture", vaeEnvisagee: false, dateDebut: "2007-01-02", dateFin: "2007-07-01",
});

/**
 * Seed 001 § 3.5's recap « Janvier 2007 »: name, first name, birth date, INSEE code, entry, then
 * [réalisées, non réalisées justifiées, non réalisées non justifiées] in centre and in entreprise
 * (KOURNIKOVA's « Saisie des heures »: 41 2 0 15 3 0; the others' recap columns: nothing
 * unrealised). The seed prints entries after January for FRANCO (09/06/2007), KOURNIKOVA
 * (06/02/2007) and NADAL (12/02/2007) although they have a January line: they enter in January here
 * (BORG's 11/01/2007 is the seed's).
 */
const TABLE: [string, string, string, string, string, [string, string, string], [string, string, string], [string, string]][] = [
  ["FRANCO", "ROBERTO", "1982-06-09", "11013", "2007-01-02", ["10", "0", "0"], ["33", "0", "0"], ["400", "200"]],
  ["KOURNIKOVA", "ANNA", "1980-05-15", "14118", "2007-01-02", ["41", "2", "0"], ["15", "3", "0"], ["450.50", "150"]],
  ["BORG", "BJON", "1972-06-16", "36007", "2007-01-11", ["12", "0", "0"], ["23", "0", "0"], ["300", "100"]],
  ["NADAL", "RAFAEL", "1986-06-03", "11054", "2007-01-12", ["0", "0", "0"], ["0", "0", "0"], ["350", "120.25"]],
];
const ABSENCES = [
  { dateDebut: "2007-01-16", dateFin: "2007-01-16", motif: "Maladie", lieu: "CENTRE", justifiee: true, heures: "2" },
  { dateDebut: "2007-01-23", dateFin: "2007-01-23", motif: "Convocation ANPE", lieu: "ENTREPRISE", justifiee: true, heures: "3" },
];

const SAISIR = /* GraphQL */ `mutation ($input: SaisieHeuresInput!) { saisirHeures(input: $input) { mois totalHeures } }`;
const CONFIRMER = /* GraphQL */ `mutation ($a: ID!, $m: String!) { confirmerDeclaration(actionId: $a, mois: $m) { mois etat confirmeeLe nombreStagiaires heuresCentre heuresEntreprise totalHeures } }`;
const RECAP = /* GraphQL */ `
  query ($m: String!) {
    declaration(actionId: "101", mois: $m) {
      id libelle etat confirmeeLe saisieOuverte confirmable nombreStagiaires forfaitsParcoursRealises
      heuresRealiseesCentre heuresNonRealiseesJustifieesCentre heuresNonRealiseesNonJustifieesCentre
      heuresRealiseesEntreprise heuresNonRealiseesJustifieesEntreprise heuresNonRealiseesNonJustifieesEntreprise
      heuresCentre heuresEntreprise totalHeures
      lignes {
        stagiaire { nom prenom dateNaissance codeInsee dateEntree dateSortie libelleMotifSortie }
        heuresRealiseesCentre heuresNonRealiseesJustifieesCentre heuresNonRealiseesNonJustifieesCentre
        heuresRealiseesEntreprise heuresNonRealiseesJustifieesEntreprise heuresNonRealiseesNonJustifieesEntreprise
        heuresCentre heuresEntreprise totalHeures cumulHeuresCentre cumulHeuresEntreprise cumulTotalHeures
        absences { dateDebut dateFin motif lieu justifiee heures }
      }
    }
  }
`;
const SORTIE = /* GraphQL */ `mutation ($i: SortieInput!) { declarerSortie(input: $i) { nom dateSortie finFormation } }`;
const ENQUETE = /* GraphQL */ `mutation ($i: EnqueteInput!) { saisirEnquete(input: $i) { moment situation contrat } }`;
const PRESCRIPTION = /* GraphQL */ `query ($n: String!) { action(numero: $n) { prescription { forfaitsParcours heuresCentre heuresEntreprise } } }`;
const STAGIAIRES = /* GraphQL */ `query ($n: String!) { action(numero: $n) { stagiaires { nom organismeRemuneration dateSortie } } }`;

const h = (text: string) => (text.includes(".") ? text.padEnd(text.indexOf(".") + 3, "0") : `${text}.00`);

describe.each(databases)("seed 001's 2006–2007 actions through the graph on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // Early February 2007: January 2007 is over and may be confirmed until 15/02/2007.
    stack = await startStack({ database, env: { SIGMA_NOW: "2007-02-10T09:00:00+01:00" } });
    await ajouterActions(stack, ACTIONS);
    s = await sessions(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const stagiaires = async (numero: string) => (await ok(stack, s.or5159, STAGIAIRES, { n: numero })).action.stagiaires as { nom: string; organismeRemuneration: string; dateSortie: string | null }[];

  it("never registers more trainees than the effectif, nor more paid ones than the effectif rémunéré, by form or by file", async () => {
    // Catalogue serves the limits; execution has no record of the action yet.
    const { action } = await ok(stack, s.or5159, `query { action(numero: "2007QCA0266") { effectifTotal effectifRemunere statut prescription { forfaitsParcours } } }`);
    expect(action).toEqual({ effectifTotal: 12, effectifRemunere: 10, statut: "AO", prescription: null });
    const inscrire = (nom: string, organismeRemuneration: string, partiel = false) =>
      ({ actionId: "102", input: fiche({ nom, prenom: "TEST", dateEntree: "2006-09-28", organismeRemuneration }), partiel });
    const payes: string[] = [];
    for (let i = 1; i <= 10; i++) payes.push((await ok(stack, s.or5159, INSCRIRE, inscrire(`PAYE${String(i).padStart(2, "0")}`, "REGION"))).inscrireStagiaire.id);
    const remunereAtteint = ["CONFLICT", "L'effectif rémunéré de l'action (10 stagiaires) est atteint : ce stagiaire ne peut être déclaré rémunéré."];
    expect(await refused(stack, s.or5159, INSCRIRE, inscrire("PAYE11", "ASSEDIC"))).toEqual(remunereAtteint);
    expect(await stagiaires("2007QCA0266")).toHaveLength(10);
    const libre = (await ok(stack, s.or5159, INSCRIRE, inscrire("LIBRE01", "AUCUN"))).inscrireStagiaire.id;
    await ok(stack, s.or5159, INSCRIRE, inscrire("LIBRE02", "AUCUN"));
    const effectifAtteint = ["CONFLICT", "L'effectif de l'action (12 stagiaires) est atteint : aucun stagiaire de plus ne peut être inscrit."];
    expect(await refused(stack, s.or5159, INSCRIRE, inscrire("LIBRE03", "AUCUN"))).toEqual(effectifAtteint);
    expect(await refused(stack, s.or5159, INSCRIRE, { actionId: "102", input: { nom: "PARTIEL", prenom: "TEST" }, partiel: true })).toEqual(effectifAtteint);
    // An unpaid trainee may not become paid once the paid effectif is reached; the record stays as it was.
    const modifier = `mutation ($id: ID!, $input: StagiaireInput!) { modifierStagiaire(id: $id, input: $input) { organismeRemuneration } }`;
    expect(await refused(stack, s.or5159, modifier, { id: libre, input: inscrire("LIBRE01", "ETAT").input })).toEqual(remunereAtteint);
    // Before opening the record changes directly: no request to the Région.
    expect(await refused(stack, s.or5159, `mutation ($id: ID!, $input: StagiaireInput!) { demanderModificationStagiaire(stagiaireId: $id, input: $input, motivation: "Rémunération") { id } }`, {
      id: libre, input: inscrire("LIBRE01", "ETAT").input,
    })).toEqual(["CONFLICT", "La fiche de ce stagiaire se modifie directement : aucune demande n'est nécessaire."]);
    let liste = await stagiaires("2007QCA0266");
    expect([liste.length, liste.filter((t) => t.organismeRemuneration !== "AUCUN").length, liste.find((t) => t.nom === "LIBRE01")!.organismeRemuneration]).toEqual([12, 10, "AUCUN"]);
    expect((await ok(stack, s.or5159, PRESCRIPTION, { n: "2007QCA0266" })).action.prescription).toEqual({ forfaitsParcours: "0.00", heuresCentre: "0.00", heuresEntreprise: "0.00" });

    // The CSV import checks every line against the same limits, all or nothing.
    const importer = `mutation ($csv: String!) { importerStagiaires(actionId: "102", csv: $csv) { importe lignesAcceptees lignesRefusees { ligne motif } } }`;
    const entete = "civilite;nom;prenom;dateNaissance;sexe;adresse;codePostal;ville;dateEntree;organismeRemuneration;niveauEntree;trancheAge;dureeChomage;prescripteur;beneficiaireRmi";
    const ligne = (nom: string, remuneration: string) =>
      `M;${nom};TEST;12/03/1985;MASCULIN;1 PLACE DU CAPITOLE;31000;TOULOUSE;28/09/2006;${remuneration};NIVEAU_IV;DE_26_A_44;DE_12_A_23_MOIS;ANPE;non`;
    expect((await ok(stack, s.or5159, importer, { csv: [entete, ligne("CSV01", "AUCUN")].join("\n") })).importerStagiaires).toEqual({
      importe: false, lignesAcceptees: [], lignesRefusees: [{ ligne: 2, motif: effectifAtteint[1] }],
    });
    expect(await stagiaires("2007QCA0266")).toHaveLength(12);
    expect((await ok(stack, s.or5159, `mutation ($id: ID!) { supprimerStagiaire(id: $id) }`, { id: libre })).supprimerStagiaire).toBe(true);
    // One place left, and no paid one: the paid line is refused, so the unpaid one is not kept either.
    expect((await ok(stack, s.or5159, importer, { csv: [entete, ligne("CSV01", "REGION"), ligne("CSV02", "AUCUN")].join("\n") })).importerStagiaires).toEqual({
      importe: false, lignesAcceptees: [3], lignesRefusees: [{ ligne: 2, motif: remunereAtteint[1] }],
    });
    expect(await stagiaires("2007QCA0266")).toHaveLength(11);
    expect((await ok(stack, s.or5159, importer, { csv: [entete, ligne("CSV02", "AUCUN"), ligne("CSV03", "AUCUN")].join("\n") })).importerStagiaires).toEqual({
      importe: false, lignesAcceptees: [2], lignesRefusees: [{ ligne: 3, motif: effectifAtteint[1] }],
    });
    expect((await ok(stack, s.or5159, importer, { csv: [entete, ligne("CSV02", "AUCUN")].join("\n") })).importerStagiaires).toEqual({
      importe: true, lignesAcceptees: [2], lignesRefusees: [],
    });
    liste = await stagiaires("2007QCA0266");
    expect([liste.length, liste.filter((t) => t.organismeRemuneration !== "AUCUN").length]).toEqual([12, 10]);

    // Not opened: no exit, no hours, no confirmation, no closing.
    expect(await refused(stack, s.or5159, SORTIE, { i: { stagiaireId: payes[0], dateSortie: "2006-12-15", finFormation: true } })).toEqual([
      "CONFLICT", "Les sorties de formation se déclarent sur une action en cours.",
    ]);
    expect(await refused(stack, s.or5159, SAISIR, {
      input: {
        stagiaireId: payes[0], mois: "2006-10", heuresRealiseesCentre: "7", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0", absences: [],
      },
    })).toEqual(["CONFLICT", "Les heures se déclarent sur une action en cours."]);
    expect(await refused(stack, s.or5159, CONFIRMER, { a: "102", m: "2006-10" })).toEqual(["CONFLICT", "Les déclarations se confirment sur une action en cours."]);
    expect(await refused(stack, s.or5159, `mutation { cloturerAction(actionId: "102", dateFinReelle: "2007-02-09") { avertissement } }`)).toEqual([
      "CONFLICT", "Seule une action en cours peut être clôturée.",
    ]);
    const etat = (await ok(stack, s.or5159, `query { action(numero: "2007QCA0266") { statut dateFinReelle declarations { mois } stagiaires { dateSortie } } }`)).action;
    expect([etat.statut, etat.dateFinReelle, etat.declarations, etat.stagiaires.filter((t: { dateSortie: string | null }) => t.dateSortie).length]).toEqual(["AO", null, [], 0]);
  });

  it("enters seed 001's January 2007 table, confirms it and reads it back exactly: 65 h centre, 74 h entreprise, 139 h", async () => {
    for (const [nom, prenom, dateNaissance, codeInsee, dateEntree, , , [centre, entreprise]] of TABLE) {
      const input = fiche({ nom, prenom, dateNaissance, codeInsee, dateEntree, civilite: nom === "KOURNIKOVA" ? "MME" : "M", sexe: nom === "KOURNIKOVA" ? "FEMININ" : "MASCULIN", parcours: parcours(centre, entreprise) });
      const saved = (await ok(stack, s.or5159, INSCRIRE, { actionId: "101", input })).inscrireStagiaire;
      expect(saved).toMatchObject({ complet: true, champsManquants: [] });
      ids[nom] = saved.id;
    }
    const opened = (await ok(stack, s.or5159, OUVRIR, { input: { actionId: "101", dateDebutReelle: "2007-01-02", frequencePaiement: "MENSUEL" } })).ouvrirAction;
    expect(opened).toMatchObject({ numero: "2008QIA0970", statut: "EC", dateDebutReelle: "2007-01-02" });
    for (const [nom, , , , , c, e] of TABLE.slice(0, 3)) {
      await ok(stack, s.or5159, SAISIR, {
        input: {
          stagiaireId: ids[nom], mois: "2007-01",
          heuresRealiseesCentre: c[0], heuresNonRealiseesJustifieesCentre: c[1], heuresNonRealiseesNonJustifieesCentre: c[2],
          heuresRealiseesEntreprise: e[0], heuresNonRealiseesJustifieesEntreprise: e[1], heuresNonRealiseesNonJustifieesEntreprise: e[2],
          absences: nom === "KOURNIKOVA" ? ABSENCES : [],
        },
      });
    }
    // NADAL, present from 12/01/2007 with nothing entered, reads 0 and is frozen at 0 by the confirmation.
    expect((await ok(stack, s.or5159, CONFIRMER, { a: "101", m: "2007-01" })).confirmerDeclaration).toEqual({
      mois: "2007-01", etat: "CONFIRMEE", confirmeeLe: "2007-02-10", nombreStagiaires: 4, heuresCentre: "65.00", heuresEntreprise: "74.00", totalHeures: "139.00",
    });

    const attendu = {
      id: "101:2007-01", libelle: "Janvier 2007", etat: "CONFIRMEE", confirmeeLe: "2007-02-10", saisieOuverte: false, confirmable: false, nombreStagiaires: 4,
      forfaitsParcoursRealises: "0.00",
      heuresRealiseesCentre: "63.00", heuresNonRealiseesJustifieesCentre: "2.00", heuresNonRealiseesNonJustifieesCentre: "0.00",
      heuresRealiseesEntreprise: "71.00", heuresNonRealiseesJustifieesEntreprise: "3.00", heuresNonRealiseesNonJustifieesEntreprise: "0.00",
      heuresCentre: "65.00", heuresEntreprise: "74.00", totalHeures: "139.00",
      // The recap's order: by name.
      lignes: [...TABLE].sort((a, b) => a[0].localeCompare(b[0])).map(([nom, prenom, dateNaissance, codeInsee, dateEntree, c, e]) => {
        const centre = Number(c[0]) + Number(c[1]);
        const entreprise = Number(e[0]) + Number(e[1]);
        return {
          stagiaire: { nom, prenom, dateNaissance, codeInsee, dateEntree, dateSortie: null, libelleMotifSortie: null },
          heuresRealiseesCentre: h(c[0]), heuresNonRealiseesJustifieesCentre: h(c[1]), heuresNonRealiseesNonJustifieesCentre: h(c[2]),
          heuresRealiseesEntreprise: h(e[0]), heuresNonRealiseesJustifieesEntreprise: h(e[1]), heuresNonRealiseesNonJustifieesEntreprise: h(e[2]),
          heuresCentre: h(String(centre)), heuresEntreprise: h(String(entreprise)), totalHeures: h(String(centre + entreprise)),
          cumulHeuresCentre: h(String(centre)), cumulHeuresEntreprise: h(String(entreprise)), cumulTotalHeures: h(String(centre + entreprise)),
          absences: nom === "KOURNIKOVA" ? ABSENCES.map((a) => ({ ...a, heures: h(a.heures) })) : [],
        };
      }),
    };
    // Seed 001's rows: FRANCO 10 + 33 = 43, KOURNIKOVA 43 + 18 = 61, BORG 12 + 23 = 35, NADAL 0.
    expect(attendu.lignes.map((l) => [l.stagiaire.nom, l.heuresCentre, l.heuresEntreprise, l.totalHeures])).toEqual([
      ["BORG", "12.00", "23.00", "35.00"], ["FRANCO", "10.00", "33.00", "43.00"], ["KOURNIKOVA", "43.00", "18.00", "61.00"], ["NADAL", "0.00", "0.00", "0.00"],
    ]);
    expect((await ok(stack, s.or5159, RECAP, { m: "2007-01" })).declaration).toEqual(attendu);
    expect((await ok(stack, s.region, RECAP, { m: "2007-01" })).declaration).toEqual(attendu);
    expect((await ok(stack, s.gr237, RECAP, { m: "2007-01" })).declaration).toBeNull();
    // Frozen: no more hours for January, and NADAL (a confirmed line of zeros) is no longer deletable.
    expect(await refused(stack, s.or5159, SAISIR, {
      input: {
        stagiaireId: ids.NADAL, mois: "2007-01", heuresRealiseesCentre: "1", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0", absences: [],
      },
    })).toEqual(["CONFLICT", "La déclaration de janvier 2007 est confirmée : elle ne peut plus être modifiée."]);
    expect(await refused(stack, s.or5159, `mutation ($id: ID!) { supprimerStagiaire(id: $id) }`, { id: ids.NADAL })).toEqual([
      "CONFLICT", "Des heures sont enregistrées pour RAFAEL NADAL : ce stagiaire ne peut plus être supprimé.",
    ]);
    expect((await ok(stack, s.or5159, RECAP, { m: "2007-01" })).declaration).toEqual(attendu);
  });

  it("prescribes the entered trainees' paths (CRE « prescrit ») and realises a forfait on an exit at the end of training", async () => {
    // 400 + 450,50 + 300 + 350 h in centre, 200 + 150 + 100 + 120,25 h in entreprise, one forfait each.
    const prescrit = { forfaitsParcours: "4.00", heuresCentre: "1500.50", heuresEntreprise: "570.25" };
    expect((await ok(stack, s.region, PRESCRIPTION, { n: "2008QIA0970" })).action.prescription).toEqual(prescrit);
    expect(await refused(stack, s.or5159, SORTIE, { i: { stagiaireId: ids.KOURNIKOVA, dateSortie: "2007-01-31", finFormation: true } })).toEqual([
      "CONFLICT", "La date de sortie (31/01/2007) tombe dans un mois dont la déclaration est confirmée : la sortie ne peut être antérieure à février 2007.",
    ]);
    expect(await refused(stack, s.or5159, SORTIE, { i: { stagiaireId: ids.FRANCO, dateSortie: "2007-02-09", finFormation: true, motifSortie: "ABANDON" } })).toEqual([
      "BAD_USER_INPUT", "Une sortie en fin de formation n'a pas de motif de sortie anticipée.",
    ]);
    expect((await stagiaires("2008QIA0970")).map((t) => t.dateSortie)).toEqual([null, null, null, null]);
    await ok(stack, s.or5159, SORTIE, { i: { stagiaireId: ids.FRANCO, dateSortie: "2007-02-09", finFormation: true } });
    await ok(stack, s.or5159, SORTIE, { i: { stagiaireId: ids.BORG, dateSortie: "2007-02-08", finFormation: false, motifSortie: "MOTIFS_PERSONNELS" } });
    const { action } = await ok(stack, s.or5159, `query { action(numero: "2008QIA0970") { prescription { forfaitsParcours heuresCentre heuresEntreprise } declarations { mois forfaitsParcoursRealises } } }`);
    // An exit keeps what was prescribed; only FRANCO's completed path is a forfait réalisé, in February.
    expect(action).toEqual({ prescription: prescrit, declarations: [{ mois: "2007-01", forfaitsParcoursRealises: "0.00" }, { mois: "2007-02", forfaitsParcoursRealises: "1.00" }] });
  });

  it("takes each survey once its time has come, with seed 001 § 3.7.2's categories", async () => {
    expect(await refused(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.FRANCO, moment: "SIX_MOIS", situation: "EMPLOI_SECTEUR", contrat: "CDI" } })).toEqual([
      "CONFLICT", "L'enquête à 6 mois se remplit à partir du 09/08/2007.",
    ]);
    expect(await refused(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.FRANCO, moment: "UN_AN", situation: "AUTRE_SITUATION" } })).toEqual([
      "CONFLICT", "L'enquête à 1 an se remplit à partir du 09/02/2008.",
    ]);
    expect(await refused(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.BORG, moment: "SORTIE", situation: "AUTRE_SITUATION", contrat: "INTERIM" } })).toEqual([
      "BAD_USER_INPUT", "Une « autre situation » n'a pas de contrat de travail.",
    ]);
    await ok(stack, s.or5159, ENQUETE, { i: { stagiaireId: ids.FRANCO, moment: "SORTIE", situation: "EMPLOI_SECTEUR", contrat: "CDD_MOINS_6_MOIS" } });
    const { action } = await ok(stack, s.region, `query { action(numero: "2008QIA0970") { bilanComplet bilanPedagogique { stagiairesEntres stagiairesSortis enquetes { moment attendues renseignees parContrat { code libelle nombre } } } } }`);
    expect(action.bilanComplet).toBe(false);
    expect(action.bilanPedagogique.stagiairesEntres).toBe(4);
    expect(action.bilanPedagogique.enquetes.map((e: { moment: string; attendues: number; renseignees: number }) => [e.moment, e.attendues, e.renseignees])).toEqual([
      ["SORTIE", 2, 1], ["SIX_MOIS", 0, 0], ["UN_AN", 0, 0],
    ]);
    expect(action.bilanPedagogique.enquetes[0].parContrat.find((c: { nombre: number }) => c.nombre > 0)).toEqual({ code: "CDD_MOINS_6_MOIS", libelle: "CDD - 6 mois", nombre: 1 });
  });

  it("flags late closings per action exactly as the home counters count them", async () => {
    const late = `query { actions { numero statut enRetardDeFermeture } }`;
    const counters = `query { tableauDeBord { actionsEnRetardFermeture actionsEnCours } }`;
    for (const headers of [s.or5159, s.gr237, s.region]) {
      const actions = (await ok(stack, headers, late)).actions as { numero: string; statut: string; enRetardDeFermeture: boolean }[];
      const { tableauDeBord } = await ok(stack, headers, counters);
      expect(tableauDeBord.actionsEnRetardFermeture).toBe(actions.filter((a) => a.enRetardDeFermeture).length);
      expect(tableauDeBord.actionsEnCours).toBe(actions.filter((a) => a.statut === "EC").length);
    }
    // On 10/02/2007 no action is past its planned end.
    expect((await ok(stack, s.or5159, late)).actions.find((a: { numero: string }) => a.numero === "2008QIA0970")).toEqual({ numero: "2008QIA0970", statut: "EC", enRetardDeFermeture: false });
  });

  it("reads prescription, forfaits and recap of 200 trainees with as many SQL statements as of 2", async () => {
    const premier = fiche({ nom: "TARDIF", prenom: "PAUL", dateEntree: "2007-03-01", parcours: parcours("100", "50.50") });
    const tardif = (await ok(stack, s.or5159, INSCRIRE, { actionId: "103", input: premier })).inscrireStagiaire.id;
    expect(await refused(stack, s.or5159, OUVRIR, { input: { actionId: "103", dateDebutReelle: "2007-03-01", frequencePaiement: "MENSUEL" } })).toEqual([
      "CONFLICT", "Le premier stagiaire n'entre en formation que le 01/03/2007 : l'action ne peut pas être ouverte avant son entrée (l'ouverture déclenche la facture d'avance).",
    ]);
    expect((await ok(stack, s.or5159, PRESCRIPTION, { n: "2008QCA0971" })).action.prescription).toEqual({ forfaitsParcours: "0.00", heuresCentre: "0.00", heuresEntreprise: "0.00" });
    await ok(stack, s.or5159, `mutation ($id: ID!, $input: StagiaireInput!) { modifierStagiaire(id: $id, input: $input) { id } }`, { id: tardif, input: { ...premier, dateEntree: "2007-01-08" } });
    const second = (await ok(stack, s.or5159, INSCRIRE, { actionId: "103", input: fiche({ nom: "SECOND", prenom: "LUC", dateEntree: "2007-01-08", parcours: parcours("100", "50.50") }) })).inscrireStagiaire.id;
    await ok(stack, s.or5159, OUVRIR, { input: { actionId: "103", dateDebutReelle: "2007-01-08", frequencePaiement: "MENSUEL" } });
    expect(await refused(stack, s.or5159, SAISIR, {
      input: {
        stagiaireId: second, mois: "2006-12", heuresRealiseesCentre: "7", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0",
        heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0", absences: [],
      },
    })).toEqual(["BAD_USER_INPUT", "L'action a débuté le 08/01/2007 : aucune heure ne peut être déclarée pour décembre 2006."]);
    await ok(stack, s.or5159, CONFIRMER, { a: "103", m: "2007-01" });
    await ok(stack, s.or5159, SORTIE, { i: { stagiaireId: second, dateSortie: "2007-02-09", finFormation: true } });

    const read = () =>
      graphql<{ _entities: { enRetardDeFermeture: boolean; prescription: Record<string, string>; declarations: { mois: string; forfaitsParcoursRealises: string; lignes: unknown[] }[] }[] }>(
        stack.subgraphUrls.execution!,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action {
          enRetardDeFermeture prescription { forfaitsParcours heuresCentre heuresEntreprise }
          declarations { mois forfaitsParcoursRealises nombreStagiaires lignes { stagiaire { nom } cumulTotalHeures } }
        } } }`,
        { r: [{ __typename: "Action", id: "103", dateFinPrevue: "2007-12-21" }] },
        s.region,
      );
    const few = await read();
    expect(few.body.errors).toBeUndefined();
    expect(few.body.data!._entities[0]).toMatchObject({
      enRetardDeFermeture: false,
      prescription: { forfaitsParcours: "2.00", heuresCentre: "200.00", heuresEntreprise: "101.00" },
      declarations: [{ mois: "2007-01", forfaitsParcoursRealises: "0.00" }, { mois: "2007-02", forfaitsParcoursRealises: "1.00" }],
    });

    // 198 more trainees straight into execution's database: all with a path, 60 gone in February (50 at the end of training).
    const db = await openDatabase(
      database === "sqlite"
        ? { kind: "sqlite", file: path.join(stack.dataDir, "execution.sqlite") }
        : { kind: "mysql", serverUrl: MYSQL_URL, database: `${stack.databasePrefix}execution` },
      executionModel,
    );
    try {
      const added = await db.getRepository(Stagiaire).save(
        Array.from({ length: 198 }, (_, i) => db.getRepository(Stagiaire).create({
          actionId: 103, organismeId: OR5159, nom: `VOLUME${String(i).padStart(3, "0")}`, prenom: "TEST", dateEntree: "2007-01-15", complet: false, champsManquantsJson: "[]",
          dateSortie: i < 60 ? "2007-02-05" : null, finFormation: i < 60 ? i < 50 : null,
        })),
      );
      await db.getRepository(ParcoursIndividualise).insert(added.map((t) => ({ stagiaireId: t.id, organismeId: OR5159, heuresCentre: 10_000, heuresEntreprise: 5_050 })));
    } finally {
      await db.destroy();
    }
    const many = await read();
    expect(many.body.errors).toBeUndefined();
    expect(many.body.data!._entities[0]).toMatchObject({
      prescription: { forfaitsParcours: "200.00", heuresCentre: "20000.00", heuresEntreprise: "10100.00" },
      declarations: [{ mois: "2007-01", forfaitsParcoursRealises: "0.00" }, { mois: "2007-02", forfaitsParcoursRealises: "51.00" }],
    });
    expect(many.body.data!._entities[0]!.declarations[1]!.lignes).toHaveLength(200);
    expect(typeof few.body.extensions?.sqlStatements).toBe("number");
    expect(many.body.extensions?.sqlStatements).toBe(few.body.extensions?.sqlStatements);
  });
});
