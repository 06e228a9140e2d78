import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema } from "graphql";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql, type GraphQLResponse } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Every root field of the API schema × every kind of caller, with the expected outcome of each
 * cell written down here. A root field without a row fails the test: a new operation must
 * say who may call it. "OK" = no error; a code = that error; a function = checks the data.
 */
type Caller = "anonymous" | "ofA" | "ofB" | "region" | "carif";
type Outcome = "OK" | "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "CONFLICT" | "NOT_FOUND" | ((data: any) => void);
interface Row {
  document: string;
  variables?: Record<string, unknown>;
  expect: Record<Caller, Outcome>;
}

const A = "23P0000000_TEST_1"; // OR5159's (OF A)
const B = "23C00390257_1"; // GR237's (OF B)
const numeros = (data: { actions: { numero: string }[] }) => data.actions.map((a) => a.numero).sort();

const MATRIX: Record<string, Row> = {
  "Query.actions": {
    document: "{ actions { numero } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(numeros(d)).toEqual([A]),
      ofB: (d) => expect(numeros(d)).toEqual([B]),
      region: (d) => expect(numeros(d)).toEqual([B, A]),
      carif: (d) => expect(numeros(d)).toEqual([B, A]),
    },
  },
  "Query.listeActions": {
    document: "{ listeActions(tri: { cle: NUMERO, sens: ASC }) { total nodes { numero } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.listeActions).toEqual({ total: 1, nodes: [{ numero: A }] }),
      ofB: (d) => expect(d.listeActions).toEqual({ total: 1, nodes: [{ numero: B }] }),
      region: (d) => expect(d.listeActions).toEqual({ total: 2, nodes: [{ numero: B }, { numero: A }] }),
      carif: (d) => expect(d.listeActions).toEqual({ total: 2, nodes: [{ numero: B }, { numero: A }] }),
    },
  },
  "Query.listeActionsParStatut": {
    document: "{ listeActionsParStatut(statuts: [EC, CLOTUREE, NON_OUVERTE]) { total nodes { numero } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.listeActionsParStatut).toEqual({ total: 1, nodes: [{ numero: A }] }),
      ofB: (d) => expect(d.listeActionsParStatut).toEqual({ total: 0, nodes: [] }),
      region: (d) => expect(d.listeActionsParStatut).toEqual({ total: 1, nodes: [{ numero: A }] }),
      carif: (d) => expect(d.listeActionsParStatut).toEqual({ total: 1, nodes: [{ numero: A }] }),
    },
  },
  "Query.action": {
    document: "query ($n: String!) { action(numero: $n) { numero } }",
    variables: { n: A },
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.action).toEqual({ numero: A }),
      // Another OF's action answers exactly like one that does not exist.
      ofB: (d) => expect(d.action).toBeNull(),
      region: (d) => expect(d.action).toEqual({ numero: A }),
      carif: (d) => expect(d.action).toEqual({ numero: A }),
    },
  },
  "Query.rechercheActions": {
    document: "{ rechercheActions { nodes { numero } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.rechercheActions.nodes).toEqual([{ numero: A }]),
      ofB: (d) => expect(d.rechercheActions.nodes).toEqual([{ numero: B }]),
      region: (d) => expect(d.rechercheActions.nodes).toHaveLength(2),
      carif: (d) => expect(d.rechercheActions.nodes).toHaveLength(2),
    },
  },
  "Query.actionParId": {
    document: '{ actionParId(id: "1") { numero } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.actionParId).toEqual({ numero: A }),
      ofB: (d) => expect(d.actionParId).toBeNull(),
      region: (d) => expect(d.actionParId).toEqual({ numero: A }),
      carif: (d) => expect(d.actionParId).toEqual({ numero: A }),
    },
  },
  "Query.session": {
    document: '{ session(id: "1") { numero } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.session).toEqual({ numero: "01" }),
      ofB: (d) => expect(d.session).toBeNull(),
      region: (d) => expect(d.session).toEqual({ numero: "01" }),
      carif: (d) => expect(d.session).toEqual({ numero: "01" }),
    },
  },
  "Query.demandeModification": {
    document: '{ demandeModification(id: "1") { etat } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.demandeModification).toEqual({ etat: "VALIDEE" }),
      ofB: (d) => expect(d.demandeModification).toBeNull(),
      region: (d) => expect(d.demandeModification).toEqual({ etat: "VALIDEE" }),
      carif: "FORBIDDEN",
    },
  },
  "Query.fluxSessions": {
    document: "{ fluxSessions { nodes { numero } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: "FORBIDDEN",
      ofB: "FORBIDDEN",
      region: (d) => expect(d.fluxSessions.nodes).toEqual([{ numero: "01" }]),
      carif: (d) => expect(d.fluxSessions.nodes).toEqual([{ numero: "01" }]),
    },
  },
  "Query.fluxLheo": {
    document: "{ fluxLheo { nombre formations } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: "FORBIDDEN",
      ofB: "FORBIDDEN",
      region: (d) => expect(d.fluxLheo).toEqual({ nombre: 1, formations: expect.stringMatching(/^<formation numero="23P0000000_TEST_1-01" [\s\S]+<\/formation>\n$/) }),
      carif: (d) => expect(d.fluxLheo).toEqual({ nombre: 1, formations: expect.stringMatching(/^<formation numero="23P0000000_TEST_1-01" [\s\S]+<\/formation>\n$/) }),
    },
  },
  "Mutation.nouvelleDemandeModification": {
    document: 'mutation { nouvelleDemandeModification(input: { actionId: "1", type: DATES }) { etat } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.nouvelleDemandeModification).toEqual({ etat: "EN_ATTENTE_EMISSION" }),
      ofB: "NOT_FOUND",
      region: "FORBIDDEN",
      carif: "FORBIDDEN",
    },
  },
  "Mutation.enregistrerSession": {
    document: 'mutation { enregistrerSession(demandeId: "1", session: { dateDebut: "2022-09-01", dateFin: "2022-12-31", siteId: "1", nbPlaces: 0 }) { etat } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.enregistrerDates": {
    document: 'mutation { enregistrerDates(demandeId: "1", dates: { dateFinPrevue: "2024-06-29" }) { etat } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.emettreDemande": {
    document: 'mutation { emettreDemande(demandeId: "1") { etat } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.supprimerDemande": {
    document: 'mutation { supprimerDemande(demandeId: "1") }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.validerDemande": {
    document: 'mutation { validerDemande(demandeId: "1") { etat } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "CONFLICT", carif: "FORBIDDEN" },
  },
  "Mutation.refuserDemande": {
    document: 'mutation { refuserDemande(demandeId: "1", observations: "Pièce manquante") { etat } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "CONFLICT", carif: "FORBIDDEN" },
  },
  "Query.moi": {
    document: "{ moi { identifiant role } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.moi).toEqual({ identifiant: "OR5159", role: "ORGANISME" }),
      ofB: (d) => expect(d.moi).toEqual({ identifiant: "GR237", role: "ORGANISME" }),
      region: (d) => expect(d.moi.role).toBe("REGION"),
      carif: (d) => expect(d.moi.role).toBe("CARIF"),
    },
  },
  "Mutation.connexion": {
    document: 'mutation { connexion(identifiant: "REGION", motDePasse: "sigma-demo") { compte { role } } }',
    expect: { anonymous: "OK", ofA: "OK", ofB: "OK", region: "OK", carif: "OK" },
  },
  "Mutation.motDePasseOublie": {
    document: 'mutation { motDePasseOublie(email: "inconnu@example.org") }',
    expect: { anonymous: "BAD_USER_INPUT", ofA: "BAD_USER_INPUT", ofB: "BAD_USER_INPUT", region: "BAD_USER_INPUT", carif: "BAD_USER_INPUT" },
  },
  "Mutation.reinitialiserMotDePasse": {
    document: 'mutation { reinitialiserMotDePasse(jeton: "faux", motDePasse: "0123456789", confirmation: "0123456789") }',
    expect: { anonymous: "BAD_USER_INPUT", ofA: "BAD_USER_INPUT", ofB: "BAD_USER_INPUT", region: "BAD_USER_INPUT", carif: "BAD_USER_INPUT" },
  },
  "Mutation.modifierCompte": {
    document: 'mutation { modifierCompte(input: { ville: "BEZIERS" }) { identifiant } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "OK", ofB: "OK", region: "BAD_USER_INPUT", carif: "BAD_USER_INPUT" },
  },

  // ── execution (probed and reviewed: the titulaire acts, another OF gets NOT_FOUND, the Région validates requests) ──
  "Query.actionsOuvertes": {
    document: "{ actionsOuvertes { id } }",
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: (d) => expect(d.actionsOuvertes).toEqual([{ id: "1" }]), carif: "FORBIDDEN" },
  },
  "Query.tableauDeBord": {
    document: '{ tableauDeBord(organismeId: "1") { __typename } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "OK", ofB: "FORBIDDEN", region: "OK", carif: "FORBIDDEN" },
  },
  // ── dashboards (issue 8): the Région sees all, an organisme its own figures only, the CARIF nothing ──
  "Query.indicateurs": {
    document: '{ indicateurs(filtre: { organismeId: "1" }) { organismeId offre { actions } stagiaires { entres } finances { facture } } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.indicateurs).toMatchObject({ organismeId: "1", offre: { actions: 1 } }),
      ofB: "FORBIDDEN",
      region: (d) => expect(d.indicateurs).toMatchObject({ organismeId: "1", offre: { actions: 1 } }),
      carif: "FORBIDDEN",
    },
  },
  "Query.dimensionsActions": {
    document: "{ dimensionsActions(premier: 10) { id } }",
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Query.declaration": {
    document: '{ declaration(actionId: "1", mois: "2022-09") { mois } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.declaration).toEqual({ mois: "2022-09" }),
      ofB: (d) => expect(d.declaration).toBeNull(),
      region: (d) => expect(d.declaration).toEqual({ mois: "2022-09" }),
      carif: "FORBIDDEN",
    },
  },
  "Query.demandesModificationStagiaire": {
    document: "{ demandesModificationStagiaire { id } }",
    expect: { anonymous: "UNAUTHENTICATED", ofA: "OK", ofB: "OK", region: "OK", carif: "FORBIDDEN" },
  },
  "Query.stagiaire": {
    document: '{ stagiaire(id: "1") { nom } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.stagiaire).toEqual({ nom: "FRANCO" }),
      ofB: (d) => expect(d.stagiaire).toBeNull(),
      region: (d) => expect(d.stagiaire).toEqual({ nom: "FRANCO" }),
      carif: "FORBIDDEN",
    },
  },
  "Mutation.exporterDonneesStagiaire": {
    document: 'mutation { exporterDonneesStagiaire(stagiaireId: "1") { exportePar stagiaire { nom } } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: "FORBIDDEN",
      ofB: "FORBIDDEN",
      region: (d) => expect(d.exporterDonneesStagiaire).toEqual({ exportePar: "REGION", stagiaire: { nom: "FRANCO" } }),
      carif: "FORBIDDEN",
    },
  },
  "Mutation.ouvrirAction": {
    document: 'mutation { ouvrirAction(input: { actionId: "1", dateDebutReelle: "2022-09-01", frequencePaiement: MENSUEL }) { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.declarerNonOuverture": {
    document: 'mutation { declarerNonOuverture(actionId: "1", motif: "x") { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.appliquerDateDebutReelle": {
    // SERVICE only (catalogue applying a Région-validated date request).
    document: 'mutation { appliquerDateDebutReelle(actionId: "1", date: "2022-09-01", reference: "matrice") { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.saisirEnquete": {
    document: 'mutation { saisirEnquete(input: { stagiaireId: "1", moment: SORTIE, situation: AUTRE_SITUATION }) { __typename } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.cloturerAction": {
    document: 'mutation { cloturerAction(actionId: "1", dateFinReelle: "2021-01-01") { __typename } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.importerStagiaires": {
    document: 'mutation { importerStagiaires(actionId: "1", csv: "x", partiel: true) { __typename } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.importerHeures": {
    document: 'mutation { importerHeures(actionId: "1", mois: "2022-09", csv: "x") { __typename } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.saisirHeures": {
    document: 'mutation { saisirHeures(input: { stagiaireId: "1", mois: "2030-01", heuresRealiseesCentre: "1", heuresNonRealiseesJustifieesCentre: "0", heuresNonRealiseesNonJustifieesCentre: "0", heuresRealiseesEntreprise: "0", heuresNonRealiseesJustifieesEntreprise: "0", heuresNonRealiseesNonJustifieesEntreprise: "0" }) { mois } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.confirmerDeclaration": {
    document: 'mutation { confirmerDeclaration(actionId: "1", mois: "2030-01") { mois } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.ajouterFormateur": {
    document: 'mutation { ajouterFormateur(actionId: "1", input: { nom: "ROCHER", prenom: "YVES", domaine: "gestion", heuresAssurees: "12", statut: CDD, formationExperience: "4 ans" }) { nom } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: (d) => expect(d.ajouterFormateur).toEqual({ nom: "ROCHER" }), ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.modifierFormateur": {
    document: 'mutation { modifierFormateur(id: "999", input: { nom: "A", prenom: "B", domaine: "c", heuresAssurees: "1", statut: CDD, formationExperience: "x" }) { id } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "NOT_FOUND", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.supprimerFormateur": {
    document: 'mutation { supprimerFormateur(id: "999") }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "NOT_FOUND", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.demanderModificationStagiaire": {
    document: 'mutation { demanderModificationStagiaire(stagiaireId: "1", motivation: "Correction du prénom", partiel: true, input: { nom: "FRANCO", prenom: "ROBERT" }) { etat } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: (d) => expect(d.demanderModificationStagiaire).toEqual({ etat: "EN_ATTENTE" }), ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.validerDemandeModificationStagiaire": {
    document: 'mutation { validerDemandeModificationStagiaire(id: "999") { id } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "NOT_FOUND", carif: "FORBIDDEN" },
  },
  "Mutation.refuserDemandeModificationStagiaire": {
    document: 'mutation { refuserDemandeModificationStagiaire(id: "999", motif: "x") { id } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "NOT_FOUND", carif: "FORBIDDEN" },
  },
  "Mutation.inscrireStagiaire": {
    document: 'mutation { inscrireStagiaire(actionId: "1", partiel: false, input: { nom: "X", prenom: "Y" }) { id } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.modifierStagiaire": {
    document: 'mutation { modifierStagiaire(id: "1", partiel: false, input: { nom: "X", prenom: "Y" }) { id } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.supprimerStagiaire": {
    document: 'mutation { supprimerStagiaire(id: "1") }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "CONFLICT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.declarerSortie": {
    document: 'mutation { declarerSortie(input: { stagiaireId: "1", dateSortie: "2000-01-01", finFormation: true }) { id } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },

  // ── finance (rows from services/finance/README.md, probed on the merged stack) ──
  "Query.facture": {
    document: '{ facture(id: "1") { numero } }',
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.facture).toEqual({ numero: "23P0000000_TEST_1-CRE-1" }),
      ofB: (d) => expect(d.facture).toBeNull(),
      region: (d) => expect(d.facture).toEqual({ numero: "23P0000000_TEST_1-CRE-1" }),
      carif: "FORBIDDEN",
    },
  },
  "Query.facturesParStatut": {
    document: "{ facturesParStatut { nodes { numero } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.facturesParStatut.nodes).toEqual([{ numero: "23P0000000_TEST_1-CRE-1" }]),
      ofB: (d) => expect(d.facturesParStatut.nodes).toEqual([]),
      region: (d) => expect(d.facturesParStatut.nodes).toEqual([{ numero: "23P0000000_TEST_1-CRE-1" }]),
      carif: "FORBIDDEN",
    },
  },
  "Query.editionDemandesPaiement": {
    document: "{ editionDemandesPaiement(etat: EN_ATTENTE) { nomFichier } }",
    expect: { anonymous: "UNAUTHENTICATED", ofA: "OK", ofB: "OK", region: "OK", carif: "FORBIDDEN" },
  },
  "Mutation.emettreFacture": {
    document: 'mutation { emettreFacture(input: { actionId: "1", moisDebut: "2022-12", moisFin: "2023-02", confirmation: true }) { numero } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.deposerFactureSignee": {
    document: 'mutation { deposerFactureSignee(input: { factureId: "1", nomFichier: "facture.pdf", contenuBase64: "JVBERi0=" }) { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.validerFacture": {
    document: 'mutation { validerFacture(factureId: "1") { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "CONFLICT", carif: "FORBIDDEN" },
  },
  "Mutation.rejeterFacture": {
    document: 'mutation { rejeterFacture(factureId: "1", motif: " ") { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "BAD_USER_INPUT", carif: "FORBIDDEN" },
  },
  "Mutation.enregistrerPaiement": {
    document: 'mutation { enregistrerPaiement(input: { factureId: "1", date: "2023-02-01", montant: "10.00", reference: "M-1" }) { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "CONFLICT", carif: "FORBIDDEN" },
  },
  "Mutation.enregistrerFactureSousTraitant": {
    document: 'mutation { enregistrerFactureSousTraitant(input: { actionId: "1", sousTraitantId: "999", montantHT: "1500.00" }) { mention } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "BAD_USER_INPUT", ofB: "NOT_FOUND", region: "FORBIDDEN", carif: "FORBIDDEN" },
  },
  "Mutation.validerFactureSousTraitant": {
    document: 'mutation { validerFactureSousTraitant(id: "999") { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "NOT_FOUND", carif: "FORBIDDEN" },
  },
  "Mutation.rejeterFactureSousTraitant": {
    document: 'mutation { rejeterFactureSousTraitant(id: "999", motif: " ") { statut } }',
    expect: { anonymous: "UNAUTHENTICATED", ofA: "FORBIDDEN", ofB: "FORBIDDEN", region: "BAD_USER_INPUT", carif: "FORBIDDEN" },
  },
};

/** Fields below the root that carry personal or money data, per caller. */
const SENSITIVE: Record<string, Row> = {
  "Action.stagiaires": {
    document: "{ actions { numero stagiaires { nom } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.actions[0].stagiaires.map((s: { nom: string }) => s.nom)).toEqual(["BORG", "FRANCO", "KOURNIKOVA", "NADAL"]),
      ofB: (d) => expect(d.actions.flatMap((a: { stagiaires: unknown[] }) => a.stagiaires)).toEqual([]),
      region: (d) => expect(d.actions.flatMap((a: { stagiaires: unknown[] }) => a.stagiaires)).toHaveLength(4),
      carif: "FORBIDDEN",
    },
  },
  "Action.prixTotal": {
    document: "{ actions { numero prixTotal } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.actions).toEqual([{ numero: A, prixTotal: "658200.00" }]),
      ofB: (d) => expect(d.actions).toEqual([{ numero: B, prixTotal: "61047.00" }]),
      region: (d) => expect(d.actions).toHaveLength(2),
      carif: "FORBIDDEN",
    },
  },
  "Action.demandesModification": {
    document: "{ actions { numero demandesModification { etat } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.actions[0].demandesModification.map((x: { etat: string }) => x.etat)).toContain("VALIDEE"),
      ofB: (d) => expect(d.actions).toEqual([{ numero: B, demandesModification: [] }]),
      region: (d) => expect(d.actions).toHaveLength(2),
      carif: "FORBIDDEN",
    },
  },
  "Action.factures": {
    document: "{ actions { numero factures { montantTTC } } }",
    expect: {
      anonymous: "UNAUTHENTICATED",
      ofA: (d) => expect(d.actions[0].factures).toEqual([{ montantTTC: "3175.00" }]),
      ofB: (d) => expect(d.actions.flatMap((a: { factures: unknown[] }) => a.factures)).toEqual([]),
      region: (d) => expect(d.actions.flatMap((a: { factures: unknown[] }) => a.factures)).toHaveLength(1),
      carif: "FORBIDDEN",
    },
  },
};

const apiSchema = buildSchema(
  readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../api-schema.graphql"), "utf8"),
);
const rootFields = [apiSchema.getQueryType(), apiSchema.getMutationType()].flatMap((type) =>
  Object.keys(type?.getFields() ?? {}).map((field) => `${type!.name}.${field}`),
);

function check(outcome: Outcome, response: GraphQLResponse): void {
  if (typeof outcome === "function") {
    expect(response.errors).toBeUndefined();
    outcome(response.data);
  } else if (outcome === "OK") {
    expect(response.errors).toBeUndefined();
  } else {
    expect(response.errors?.map((e) => e.extensions?.code)).toContain(outcome);
    // No data leaks beside the refusal.
    expect(JSON.stringify(response.data ?? null)).not.toMatch(/BORG|3175/);
  }
}

describe("authorization matrix", () => {
  let stack: Stack;
  const headers = {} as Record<Caller, Record<string, string>>;

  beforeAll(async () => {
    stack = await startStack();
    headers.anonymous = {};
    headers.ofA = await login(stack.gatewayUrl, "OR5159");
    headers.ofB = await login(stack.gatewayUrl, "GR237");
    headers.region = await login(stack.gatewayUrl, "REGION");
    headers.carif = await login(stack.gatewayUrl, "CARIF");
  });
  afterAll(() => stack?.stop());

  it("has a row for every root field of the supergraph, and no row for a field that is gone", () => {
    expect(rootFields.filter((field) => !MATRIX[field]), "root fields without a row in MATRIX").toEqual([]);
    expect(Object.keys(MATRIX).filter((field) => !rootFields.includes(field)), "rows for fields that no longer exist").toEqual([]);
  });

  for (const [field, row] of Object.entries({ ...MATRIX, ...SENSITIVE })) {
    for (const caller of Object.keys(row.expect) as Caller[]) {
      it(`${field} × ${caller}`, async () => {
        const { body } = await graphql(stack.gatewayUrl, row.document, row.variables ?? {}, headers[caller]);
        check(row.expect[caller], body);
      });
    }
  }

  describe("straight to the subgraphs (skipping the gateway)", () => {
    const entities = (subgraph: string, selection: string, caller: Caller) =>
      graphql(
        stack.subgraphUrls[subgraph]!,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { ${selection} } } }`,
        { r: [{ __typename: "Action", id: "1" }] },
        headers[caller],
      );

    it("refuses anonymous calls on every subgraph, _entities included", async () => {
      for (const [subgraph, selection] of [["catalogue", "numero"], ["execution", "statut"], ["finance", "factures { id }"]] as const) {
        const { body } = await entities(subgraph, selection, "anonymous");
        expect(body.errors?.[0]?.extensions?.code, subgraph).toBe("UNAUTHENTICATED");
        expect(body.data?._entities ?? null).toBeNull();
      }
    });

    it("gives OF B nothing of OF A's action, whatever it asks for", async () => {
      expect((await entities("catalogue", "numero", "ofB")).body.data).toEqual({ _entities: [null] });
      expect((await entities("execution", "stagiaires { nom }", "ofB")).body.data).toEqual({ _entities: [{ stagiaires: [] }] });
      expect((await entities("finance", "factures { montantTTC }", "ofB")).body.data).toEqual({ _entities: [{ factures: [] }] });
      expect((await entities("execution", "stagiaires { nom }", "ofA")).body.data).toMatchObject({ _entities: [{ stagiaires: [{ nom: "BORG" }, {}, {}, {}] }] });
    });

    it("keeps trainees and invoices from the CARIF credential on the subgraphs too", async () => {
      expect((await entities("execution", "stagiaires { nom }", "carif")).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect((await entities("finance", "factures { id }", "carif")).body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });
});
