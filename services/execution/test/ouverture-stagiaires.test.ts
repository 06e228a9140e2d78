import { startStack, type Stack } from "@sigma/stack/stack";
import { databasesUnderTest } from "@sigma/stack/support/databases";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fiche, INSCRIRE, ok, OUVRIR, refused, serviceLogin, sessions, type Headers } from "./support.js";

const databases = await databasesUnderTest();
const HSTA = "2"; // 23C00390257_1, GR237, collective, planned 02/01/2023 → 30/06/2024 (seed 003)

const ETAT = /* GraphQL */ `
  query Etat { action(numero: "23C00390257_1") { statut dateDebutReelle frequencePaiement stagiaires { id nom complet dateEntree } } }
`;
const MODIFIER = /* GraphQL */ `
  mutation Modifier($id: ID!, $input: StagiaireInput!, $partiel: Boolean) { modifierStagiaire(id: $id, input: $input, partiel: $partiel) { id nom ville complet } }
`;
const DEMANDER = /* GraphQL */ `
  mutation Demander($id: ID!, $input: StagiaireInput!, $motivation: String!) {
    demanderModificationStagiaire(stagiaireId: $id, input: $input, motivation: $motivation) { id etat modifications { champ avant apres } }
  }
`;

describe.each(databases)("opening and trainees on %s", (database) => {
  let stack: Stack;
  let s: { or5159: Headers; gr237: Headers; region: Headers; carif: Headers };
  let late: string; // enters 05/01/2023
  let first: string; // enters 02/01/2023

  beforeAll(async () => {
    // Seed 003's day: Thursday 5 January 2023.
    stack = await startStack({ database, env: { SIGMA_NOW: "2023-01-05T14:38:00+01:00" } });
    s = await sessions(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const ouvrir = (headers: Headers, date: string, actionId = HSTA) =>
    refused(stack, headers, OUVRIR, { input: { actionId, dateDebutReelle: date, frequencePaiement: "MENSUEL" } });

  it("refuses to open before any trainee has entered, and changes nothing", async () => {
    expect(await ouvrir(s.gr237, "2023-01-02")).toEqual([
      "CONFLICT",
      "Aucun stagiaire n'est entré en formation : inscrivez les stagiaires présents à l'ouverture avec leur date d'entrée avant d'ouvrir l'action (l'ouverture déclenche la facture d'avance).",
    ]);
    expect((await ok(stack, s.gr237, ETAT)).action).toEqual({ statut: "AO", dateDebutReelle: null, frequencePaiement: null, stagiaires: [] });
  });

  it("lets only the titulaire open: another OF is told the action does not exist, the Région may not", async () => {
    expect(await ouvrir(s.or5159, "2023-01-02")).toEqual(["NOT_FOUND", "Action introuvable."]);
    expect(await ouvrir(s.or5159, "2023-01-02", "999")).toEqual(["NOT_FOUND", "Action introuvable."]);
    expect(await ouvrir(s.region, "2023-01-02")).toEqual(["FORBIDDEN", "Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie."]);
  });

  it("keeps a partial record (« Valider les informations partielles ») and refuses it on « Enregistrer »", async () => {
    const partial = { nom: "PARKER", prenom: "JESSICA", civilite: "MME" };
    expect(await refused(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: partial })).toEqual([
      "BAD_USER_INPUT",
      "Fiche incomplète : renseignez Date de naissance, Sexe, Adresse, Code postal, Date d'entrée, Organisme chargé de la rémunération du stagiaire, Niveau à l'entrée en stage, Tranche d'âge, Durée de chômage, Prescripteur, Bénéficiaire RMI, ou utilisez « Valider les informations partielles ».",
    ]);
    expect((await ok(stack, s.gr237, ETAT)).action.stagiaires).toEqual([]);
    const saved = (await ok(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: partial, partiel: true })).inscrireStagiaire;
    expect(saved).toMatchObject({ nom: "PARKER", complet: false, dateEntree: null });
    expect(saved.champsManquants).toContain("Date de naissance");
    expect(await refused(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: { nom: " ", prenom: "X" }, partiel: true })).toEqual([
      "BAD_USER_INPUT",
      "Le nom et le prénom du stagiaire sont obligatoires, même pour une fiche partielle.",
    ]);
    // Before opening, the record changes freely; a save replaces the whole record.
    const input = fiche({ nom: "PARKER", prenom: "JESSICA", dateEntree: null, ville: "MURET" });
    expect(await refused(stack, s.gr237, MODIFIER, { id: saved.id, input })).toEqual([
      "BAD_USER_INPUT",
      "Fiche incomplète : renseignez Date d'entrée, ou utilisez « Valider les informations partielles ».",
    ]);
    const modified = await ok(stack, s.gr237, MODIFIER, { id: saved.id, input, partiel: true });
    expect(modified.modifierStagiaire).toMatchObject({ nom: "PARKER", ville: "MURET", complet: false });
  });

  it("keeps the individualised path tab: periods, modules, objectives, VAE, planned dates", async () => {
    const parcours = {
      parcoursEnvisage: "Costumier de spectacle", heuresCentre: "812", heuresEntreprise: "420.50", nombrePeriodesEntreprise: 1,
      modulesEnseignementGeneral: "Histoire du costume", modulesEnseignementProfessionnel: "Coupe, moulage", objectifsPeriodesEntreprise: "Atelier d'un théâtre",
      objectifsFormation: "CAP couture", vaeEnvisagee: false, dateDebut: "2023-01-09", dateFin: "2023-06-13",
      periodes: [
        { lieu: "CENTRE", dateDebut: "2023-01-09", dateFin: "2023-03-07" },
        { lieu: "ENTREPRISE", dateDebut: "2023-02-15", dateFin: "2023-03-16" },
      ],
    };
    const input = fiche({ nom: "CHOMBIER", prenom: "GISELE", civilite: "MME", sexe: "FEMININ", dateEntree: null, parcours });
    expect(await refused(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: { ...input, parcours: { ...parcours, periodes: [{ lieu: "CENTRE", dateDebut: "2023-03-07", dateFin: "2023-01-09" }] } }, partiel: true })).toEqual([
      "BAD_USER_INPUT", "La période du 07/03/2023 au 09/01/2023 se termine avant de commencer.",
    ]);
    const id = (await ok(stack, s.gr237, INSCRIRE, { actionId: HSTA, input, partiel: true })).inscrireStagiaire.id;
    const read = await ok(stack, s.gr237, `query ($id: ID!) { stagiaire(id: $id) { complet champsManquants parcours { parcoursEnvisage heuresCentre heuresEntreprise vaeEnvisagee dateFin periodes { lieu dateDebut dateFin } } } }`, { id });
    expect(read.stagiaire).toEqual({
      complet: false,
      champsManquants: ["Date d'entrée"],
      parcours: {
        parcoursEnvisage: "Costumier de spectacle", heuresCentre: "812.00", heuresEntreprise: "420.50", vaeEnvisagee: false, dateFin: "2023-06-13",
        periodes: parcours.periodes,
      },
    });
    expect((await ok(stack, s.gr237, `mutation ($id: ID!) { supprimerStagiaire(id: $id) }`, { id })).supprimerStagiaire).toBe(true);
  });

  it("refuses a real start that is not the first entry, then a collective one off its planned start", async () => {
    late = (await ok(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: fiche({ nom: "FRANCO", prenom: "ROBERTO", dateEntree: "2023-01-05" }) })).inscrireStagiaire.id;
    expect(await ouvrir(s.gr237, "2023-01-04")).toEqual([
      "BAD_USER_INPUT",
      "La date de début réelle (04/01/2023) doit être la date d'entrée du premier stagiaire (05/01/2023).",
    ]);
    expect(await ouvrir(s.gr237, "2023-01-05")).toEqual([
      "BAD_USER_INPUT",
      "Pour une action collective, la date de début réelle (05/01/2023) doit être la date de début prévue (02/01/2023) : contactez le Conseil régional pour reporter les dates de l'action.",
    ]);
    expect((await ok(stack, s.gr237, ETAT)).action.statut).toBe("AO");
  });

  it("opens on the first entry = planned start (AO → EC), once and for all", async () => {
    first = (await ok(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: fiche({ nom: "BORG", prenom: "BJON", dateEntree: "2023-01-02" }) })).inscrireStagiaire.id;
    const opened = (await ok(stack, s.gr237, OUVRIR, { input: { actionId: HSTA, dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" } })).ouvrirAction;
    expect(opened).toMatchObject({ numero: "23C00390257_1", statut: "EC", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" });
    expect(opened.ouverteLe).toMatch(/^2023-01-05T13:38/);
    // The refused attempts left nothing behind: one event, the opening.
    const historique = `query { action(numero: "23C00390257_1") { historiqueExecution { action auteur auteurRole avant apres } } }`;
    const events = (await ok(stack, s.region, historique)).action.historiqueExecution;
    expect(events.map((e: { action: string; auteur: string }) => [e.action, e.auteur])).toEqual([["ouverture", "GR237"]]);
    expect(JSON.parse(events[0].avant)).toMatchObject({ statut: "AO", dateDebutReelle: null });
    expect(JSON.parse(events[0].apres)).toMatchObject({ statut: "EC", dateDebutReelle: "2023-01-02", frequencePaiement: "MENSUEL" });
    expect(await ouvrir(s.gr237, "2023-01-02")).toEqual([
      "CONFLICT",
      "L'action est déjà ouverte depuis le 02/01/2023 : une action ouverte ne revient jamais en attente d'ouverture.",
    ]);
    expect(await refused(stack, s.gr237, `mutation { declarerNonOuverture(actionId: "2") { statut } }`)).toEqual([
      "CONFLICT",
      "L'action est déjà ouverte depuis le 02/01/2023 : une action ouverte ne revient jamais en attente d'ouverture.",
    ]);
    // An entry before the real start is refused from now on.
    expect(await refused(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: fiche({ dateEntree: "2023-01-01" }) })).toEqual([
      "BAD_USER_INPUT",
      "La date d'entrée (01/01/2023) précède la date de début réelle de l'action (02/01/2023).",
    ]);
  });

  it("lists opened actions for finance and the Région, after a given instant", async () => {
    const query = `query ($d: String) { actionsOuvertes(depuis: $d) { id ouverteLe } }`;
    const all = (await ok(stack, s.region, query)).actionsOuvertes as { id: string; ouverteLe: string }[];
    expect(all.map((a) => a.id)).toEqual(["1", "2"]);
    expect((await ok(stack, await serviceLogin(stack, "svc-finance"), query, { d: all[0]!.ouverteLe })).actionsOuvertes.map((a: { id: string }) => a.id)).toEqual(["2"]);
    expect((await ok(stack, s.region, query, { d: all[1]!.ouverteLe })).actionsOuvertes).toEqual([]);
    expect(await refused(stack, s.gr237, query)).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    expect(await refused(stack, s.region, query, { d: "hier" })).toEqual(["BAD_USER_INPUT", "« depuis » doit être un instant ISO 8601 (ex. 2023-01-05T00:00:00Z)."]);
  });

  it("applies a Région-validated real start once per reference (catalogue's service credential only)", async () => {
    const apply = `mutation ($d: Date!, $r: String!) { appliquerDateDebutReelle(actionId: "2", date: $d, reference: $r) { id dateDebutReelle } }`;
    expect(await refused(stack, s.region, apply, { d: "2023-01-03", r: "DM-1" })).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    const svc = await serviceLogin(stack);
    expect((await ok(stack, svc, apply, { d: "2023-01-03", r: "DM-1" })).appliquerDateDebutReelle.dateDebutReelle).toBe("2023-01-03");
    expect((await ok(stack, svc, apply, { d: "2023-01-03", r: "DM-1" })).appliquerDateDebutReelle.dateDebutReelle).toBe("2023-01-03");
    expect(await refused(stack, svc, apply, { d: "2023-01-04", r: "DM-1" })).toEqual(["CONFLICT", "La demande DM-1 a déjà été appliquée avec d'autres valeurs."]);
    expect((await ok(stack, svc, apply, { d: "2023-01-02", r: "DM-2" })).appliquerDateDebutReelle.dateDebutReelle).toBe("2023-01-02");
  });

  it("locks an entered trainee of an opened action: changes go through a request the Région validates or refuses", async () => {
    expect(await refused(stack, s.gr237, MODIFIER, { id: first, input: fiche({ nom: "BORG", prenom: "BJORN", dateEntree: "2023-01-02" }) })).toEqual([
      "CONFLICT",
      "Après l'ouverture de l'action et l'entrée du stagiaire en formation, sa fiche ne se modifie que par une demande de modification validée par le Conseil régional.",
    ]);
    const demande = (await ok(stack, s.gr237, DEMANDER, { id: first, input: fiche({ nom: "BORG", prenom: "BJORN", dateEntree: "2023-01-02" }), motivation: "Erreur de saisie du prénom" }))
      .demanderModificationStagiaire;
    expect(demande).toMatchObject({ etat: "EN_ATTENTE", modifications: [{ champ: "Prénom", avant: "BJON", apres: "BJORN" }] });
    expect(await refused(stack, s.gr237, DEMANDER, { id: first, input: fiche({ nom: "BORG", prenom: "B" }), motivation: "encore" })).toEqual([
      "CONFLICT",
      "Une demande de modification de ce stagiaire est déjà en attente de validation par la Région.",
    ]);
    const valider = `mutation ($id: ID!) { validerDemandeModificationStagiaire(id: $id) { etat traiteeLe stagiaire { prenom } } }`;
    expect(await refused(stack, s.gr237, valider, { id: demande.id })).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    expect((await ok(stack, s.region, valider, { id: demande.id })).validerDemandeModificationStagiaire).toMatchObject({ etat: "VALIDEE", stagiaire: { prenom: "BJORN" } });
    expect(await refused(stack, s.region, valider, { id: demande.id })).toEqual(["CONFLICT", "Cette demande de modification a déjà été traitée."]);
    const trace = (await ok(stack, s.gr237, `query ($id: ID!) { stagiaire(id: $id) { historique { action auteur } } }`, { id: first })).stagiaire.historique;
    expect(trace).toEqual([{ action: "inscription", auteur: "GR237" }, { action: "modification validée par la Région", auteur: "REGION" }]);

    const second = (await ok(stack, s.gr237, DEMANDER, { id: late, input: fiche({ nom: "FRANCO", prenom: "ROBERTO", dateEntree: "2023-01-05", ville: "BLAGNAC" }), motivation: "Déménagement" }))
      .demanderModificationStagiaire;
    const refuser = `mutation ($id: ID!, $m: String!) { refuserDemandeModificationStagiaire(id: $id, motif: $m) { etat motifRefus } }`;
    expect(await refused(stack, s.region, refuser, { id: second.id, m: " " })).toEqual(["BAD_USER_INPUT", "Indiquez le motif du refus."]);
    expect((await ok(stack, s.region, refuser, { id: second.id, m: "Justificatif manquant" })).refuserDemandeModificationStagiaire).toEqual({ etat: "REFUSEE", motifRefus: "Justificatif manquant" });
    expect((await ok(stack, s.gr237, `query ($id: ID!) { stagiaire(id: $id) { ville modifiableDirectement } }`, { id: late })).stagiaire).toEqual({ ville: "TOULOUSE", modifiableDirectement: false });
  });

  it("shows personal data to the trainee's OF and the Région only", async () => {
    const read = `query ($id: ID!) { stagiaire(id: $id) { nom dateNaissance } }`;
    expect((await ok(stack, s.region, read, { id: first })).stagiaire).toEqual({ nom: "BORG", dateNaissance: "1985-03-12" });
    expect((await ok(stack, s.or5159, read, { id: first })).stagiaire).toBeNull();
    expect(await refused(stack, s.carif, read, { id: first })).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    expect(await refused(stack, s.or5159, MODIFIER, { id: first, input: fiche() })).toEqual(["NOT_FOUND", "Stagiaire introuvable."]);
    expect(await refused(stack, s.or5159, `mutation ($id: ID!) { supprimerStagiaire(id: $id) }`, { id: first })).toEqual(["NOT_FOUND", "Stagiaire introuvable."]);
    // Straight to the subgraph, an OF asking for another OF's action gets nothing.
    const { body } = await graphql(
      stack.subgraphUrls.execution!,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { statut dateDebutReelle stagiaires { nom } } } }`,
      { r: [{ __typename: "Action", id: HSTA }] },
      s.or5159,
    );
    expect(body.data).toEqual({ _entities: [{ statut: "AO", dateDebutReelle: null, stagiaires: [] }] });
  });

  it("records an exit: early exit needs its reason", async () => {
    const sortie = `mutation ($i: SortieInput!) { declarerSortie(input: $i) { dateSortie finFormation motifSortie libelleMotifSortie } }`;
    expect(await refused(stack, s.gr237, sortie, { i: { stagiaireId: first, dateSortie: "2023-01-04", finFormation: false } })).toEqual([
      "BAD_USER_INPUT",
      "Précisez le motif de la sortie anticipée.",
    ]);
    expect(await refused(stack, s.gr237, sortie, { i: { stagiaireId: first, dateSortie: "2023-01-06", finFormation: true } })).toEqual([
      "BAD_USER_INPUT",
      "La date de sortie (06/01/2023) ne peut être postérieure à aujourd'hui (05/01/2023).",
    ]);
    expect(await refused(stack, s.gr237, sortie, { i: { stagiaireId: first, dateSortie: "2023-01-01", finFormation: true } })).toEqual([
      "BAD_USER_INPUT",
      "La date de sortie (01/01/2023) ne peut précéder la date d'entrée (02/01/2023).",
    ]);
    const done = await ok(stack, s.gr237, sortie, { i: { stagiaireId: first, dateSortie: "2023-01-04", finFormation: false, motifSortie: "MOTIFS_PERSONNELS" } });
    expect(done.declarerSortie).toEqual({
      dateSortie: "2023-01-04",
      finFormation: false,
      motifSortie: "MOTIFS_PERSONNELS",
      libelleMotifSortie: "Motifs personnels (santé, mutation, déménagement...)",
    });
  });

  it("deletes a trainee with no hour recorded", async () => {
    const id = (await ok(stack, s.gr237, INSCRIRE, { actionId: HSTA, input: fiche({ nom: "NADAL", prenom: "RAFAEL", dateEntree: "2023-01-20" }) })).inscrireStagiaire.id;
    expect((await ok(stack, s.gr237, `mutation ($id: ID!) { supprimerStagiaire(id: $id) }`, { id })).supprimerStagiaire).toBe(true);
    expect((await ok(stack, s.gr237, ETAT)).action.stagiaires.map((t: { nom: string }) => t.nom)).toEqual(["BORG", "FRANCO", "PARKER"]);
  });

  it("manages the action's trainers (seed 001 § 3.3), for its OF and the Région only", async () => {
    const ajouter = `mutation ($a: ID!, $i: FormateurInput!) { ajouterFormateur(actionId: $a, input: $i) { id nom prenom domaine heuresAssurees statut formationExperience } }`;
    const rocher = { nom: "YVES", prenom: "ROCHER", domaine: "gestion et économie", heuresAssurees: "12", statut: "CDD", formationExperience: "4 ans d'ancienneté" };
    const added = (await ok(stack, s.gr237, ajouter, { a: HSTA, i: rocher })).ajouterFormateur;
    expect(added).toMatchObject({ ...rocher, heuresAssurees: "12.00" });
    await ok(stack, s.gr237, ajouter, { a: HSTA, i: { nom: "JACQUES", prenom: "MEUNIER", domaine: "informatique", heuresAssurees: "12", statut: "VACATAIRE", formationExperience: "2 ans de formation à l'étranger" } });
    expect(await refused(stack, s.gr237, ajouter, { a: HSTA, i: { ...rocher, formationExperience: " " } })).toEqual([
      "BAD_USER_INPUT", "Le champ « Formation et expérience professionnelle » est obligatoire.",
    ]);
    expect(await refused(stack, s.gr237, ajouter, { a: HSTA, i: { ...rocher, heuresAssurees: "-1" } })).toEqual([
      "BAD_USER_INPUT", "Les heures assurées ne peuvent être négatives.",
    ]);
    expect(await refused(stack, s.or5159, ajouter, { a: HSTA, i: rocher })).toEqual(["NOT_FOUND", "Action introuvable."]);
    expect(await refused(stack, s.region, ajouter, { a: HSTA, i: rocher })).toEqual(["FORBIDDEN", "Seul l'organisme de formation titulaire de l'action peut effectuer cette saisie."]);
    const modifier = `mutation ($id: ID!, $i: FormateurInput!) { modifierFormateur(id: $id, input: $i) { heuresAssurees } }`;
    expect((await ok(stack, s.gr237, modifier, { id: added.id, i: { ...rocher, heuresAssurees: "14.5" } })).modifierFormateur.heuresAssurees).toBe("14.50");
    expect(await refused(stack, s.or5159, modifier, { id: added.id, i: rocher })).toEqual(["NOT_FOUND", "Formateur introuvable."]);
    const liste = `query { action(numero: "23C00390257_1") { formateurs { nom heuresAssurees statut } } }`;
    expect((await ok(stack, s.region, liste)).action.formateurs).toEqual([
      { nom: "JACQUES", heuresAssurees: "12.00", statut: "VACATAIRE" },
      { nom: "YVES", heuresAssurees: "14.50", statut: "CDD" },
    ]);
    // CARIF sees the action's public fields (the published offer), never its trainers; straight
    // to the subgraph, the trainers are refused too.
    expect(await refused(stack, s.carif, liste)).toEqual(["FORBIDDEN", "Vous n'avez pas accès à cette ressource."]);
    const { body } = await graphql(
      stack.subgraphUrls.execution!,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Action { formateurs { nom } } } }`,
      { r: [{ __typename: "Action", id: HSTA }] },
      s.carif,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await ok(stack, s.gr237, `mutation ($id: ID!) { supprimerFormateur(id: $id) }`, { id: added.id })).supprimerFormateur).toBe(true);
    expect((await ok(stack, s.gr237, liste)).action.formateurs.map((f: { nom: string }) => f.nom)).toEqual(["JACQUES"]);
  });
});
