import { startStack, type Stack } from "@sigma/stack/stack";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choisir, confirmer, message, ouiNon, saisirDate, texte } from "./support/formulaires.js";
import { capturer, connecter, exigerBuilds, hasChromium, lancerChromium, nouvellePage, ouvrirRubrique, verifierAccessibilite } from "./support/navigateur.js";

/**
 * The OF's journey of issue 7 up to the monthly declaration, in Chromium on a fresh embedded
 * database: GR237 (ORGANISME — GRETA) and its action 23C00390257_1 « en attente d'ouverture »
 * (seed 003's own example), on 10/02/2023 (SIGMA_NOW: January is over and may be confirmed until
 * the 15th). It tries to open the action before any trainee (the server refuses), creates a
 * session with an information collective and emits the request (seed 004), registers trainees
 * through the form (seed 001 § 3.2, client and server checks) and a CSV file (line report), exits
 * one, opens the action (seed 003); the home page then counts January as a declaration waiting.
 * The « Suivi des réalisations » steps (hours with an absence, confirmation) are not here yet: in
 * this build the suivi remote loads its own react-router copy and fails to render (see the report).
 * axe-core and a screenshot on each main screen (test-output/e2e/of-*.png).
 */
const REMOTES = ["accueil", "actions", "ouverture", "inscription", "suivi", "facturation", "fermeture", "region"];
const ACTION = "23C00390257_1";

const CSV_REFUSE = [
  "civilite;nom;prenom;dateNaissance;sexe;adresse;codePostal;dateEntree;organismeRemuneration;niveauEntree;trancheAge;dureeChomage;prescripteur;beneficiaireRmi",
  "M;Borg;Bjon;16/06/1972;MASCULIN;3 rue des Lilas;31000;02/01/2023;REGION;NIVEAU_IV;DE_45_A_54;DE_12_A_23_MOIS;ANPE;non",
  "M;Nadal;Rafael;03/06/1986;MASCULIN;5 rue du Port;3150;16/01/2023;ASSEDIC;NIVEAU_V;DE_26_A_44;MOINS_DE_6_MOIS;MISSION_LOCALE;non",
].join("\n");
const CSV_BON = CSV_REFUSE.replace(";3150;", ";31500;");

async function indicateurs(p: Page, panneau: string): Promise<string[]> {
  const region = p.getByRole("region", { name: panneau });
  await region.getByRole("listitem").first().waitFor();
  return region.getByRole("listitem").allInnerTexts();
}

async function ecran(p: Page, nom: string, libelle: string): Promise<void> {
  await verifierAccessibilite(p, libelle);
  await capturer(p, `of-${nom}`);
}

describe.skipIf(!hasChromium)("Le parcours de l'organisme de formation dans Chromium (sessions, stagiaires, ouverture, réalisé)", () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    exigerBuilds(["shell", ...REMOTES]);
    stack = await startStack({ database: "sqlite", frontends: true, env: { SIGMA_NOW: "2023-02-10T10:00:00+01:00" } });
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("GR237 creates a session with an information collective, registers trainees, exits one, opens the action", { timeout: 420_000 }, async () => {
    const { page: p, erreurs } = await nouvellePage(browser);
    try {
      await parcours(p, erreurs);
    } catch (error) {
      // The screen as it was when a step failed, beside the others.
      await capturer(p, "of-echec");
      throw error;
    }
  });

  async function parcours(p: Page, erreurs: string[]): Promise<void> {
    await connecter(p, stack.shellUrl, "GR237");

    // Accueil (seed 003): the counters of the graph's tableauDeBord, and the action list.
    await p.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
    await expect(indicateurs(p, "Mes actions")).resolves.toEqual(["Actions en attente d'ouverture\n1", "Actions en cours\n0", "Actions en retard de fermeture\n0"]);
    await expect(indicateurs(p, "Indicateurs de suivi")).resolves.toEqual(["Inscriptions en attente\n0", "Déclarations de réalisations en attente\n0"]);
    await p.getByRole("row").filter({ hasText: ACTION }).waitFor();
    await ecran(p, "accueil", "Accueil");

    // Ouverture before any trainee: the form is valid, the server refuses and says why.
    await ouvrirRubrique(p, "Ouverture", "Ouverture de l'action");
    await p.getByRole("link", { name: `Ouvrir l'action ${ACTION}` }).click();
    await p.getByRole("heading", { name: "Détail de l'ouverture" }).waitFor();
    await p.getByRole("button", { name: "Valider le formulaire" }).click();
    await p.getByText("Le champ « Date de début réelle » est obligatoire.").waitFor();
    await saisirDate(p, p, "Date de début réelle", "05/01/2023");
    await p.getByRole("button", { name: "Valider le formulaire" }).click();
    await p.getByText("Pour une action collective, la date de début réelle (05/01/2023) doit être la date de début prévue (02/01/2023)", { exact: false }).waitFor();
    await saisirDate(p, p, "Date de début réelle", "02/01/2023");
    await p.getByRole("button", { name: "Valider le formulaire" }).click();
    await confirmer(p);
    await message(p, "alert", "Aucun stagiaire n'est entré en formation : inscrivez les stagiaires présents à l'ouverture");
    await ecran(p, "ouverture-refus", "Ouverture refusée par le serveur");

    // Actions de formation → Gestion → Demande de modification de données (seed 004).
    await ouvrirRubrique(p, "Actions de formation", "Actions de formation");
    await p.getByRole("row").filter({ hasText: ACTION }).waitFor();
    await p.getByRole("link", { name: `Gérer l'action de formation ${ACTION}` }).click();
    await p.getByRole("heading", { level: 2, name: `Gestion de l'action de formation ${ACTION}` }).waitFor();
    await p.getByText("GRETA", { exact: false }).first().waitFor();
    await ecran(p, "gestion-identification", "Gestion — Identification");
    await p.getByRole("tab", { name: "Infos pédagogiques" }).click();
    await p.getByText("Aucune session n'a été saisie.").waitFor();
    await p.getByRole("tab", { name: "Demande de modification de données" }).click();
    await p.getByText("Aucune demande n'a été trouvée.").waitFor();
    await p.getByRole("button", { name: "+ Nouvelle demande de modification" }).click();
    await p.getByRole("button", { name: "Valider", exact: true }).click();
    await p.getByText("Choisissez le type de modification.").waitFor();
    await choisir(p, "Choix type de modification", "Demande de modification de sessions et informations collectives");
    await choisir(p, "Composante", { index: 1 });
    await expect(p.getByRole("combobox", { name: "Session", exact: true }).inputValue()).resolves.toBe("");
    await ecran(p, "nouvelle-demande", "Nouvelle demande de modification");
    await p.getByRole("button", { name: "Valider", exact: true }).click();

    const session = p.getByRole("form", { name: "Caractéristiques", exact: true });
    await session.waitFor();
    await p.getByRole("button", { name: "Enregistrer et passer à l'étape suivante" }).click();
    await p.getByText("Le champ « Date début » est obligatoire.").waitFor();
    await p.getByText("Le nombre de places de la session est obligatoire.").waitFor();
    await saisirDate(p, session, "Date début", "01/03/2023");
    await saisirDate(p, session, "Date fin", "30/06/2023");
    await texte(session, "Nb. de places").fill("12");
    await p.getByRole("button", { name: "+ Ajouter une information collective" }).click();
    const ic = p.getByRole("form", { name: "Caractéristiques de l'information collective" });
    await saisirDate(p, ic, "Date", "20/02/2023");
    await texte(ic, "Nb. de places").fill("20");
    await texte(ic, "Heure de début (hh:mm)").fill("10:00");
    await texte(ic, "Heure de fin (hh:mm)").fill("09:30");
    await texte(ic, "N° de voie").fill("2");
    await texte(ic, "Type de voie").fill("rue");
    await texte(ic, "Libellé de la voie").fill("Victor Hugo");
    await texte(ic, "Code postal").fill("31000");
    await texte(ic, "Ville").fill("TOULOUSE");
    await p.getByRole("button", { name: "Enregistrer l'information collective" }).click();
    await p.getByText("L'heure de fin de l'information collective (09:30) doit être après l'heure de début (10:00).").waitFor();
    await texte(ic, "Heure de fin (hh:mm)").fill("12:00");
    await ecran(p, "information-collective", "Caractéristiques de l'information collective");
    await p.getByRole("button", { name: "Enregistrer l'information collective" }).click();
    await ic.waitFor({ state: "detached" });
    await expect(p.getByRole("table", { name: "Liste des informations collectives" }).innerText()).resolves.toMatch(/20\/02\/2023\s+2 rue Victor Hugo\s+TOULOUSE\s+31000\s+10:00\s+12:00\s+20/);
    await ecran(p, "session-saisie", "Caractéristiques de la session");
    await p.getByRole("button", { name: "Enregistrer et passer à l'étape suivante" }).click();

    // The server's recap « MODIFICATIONS », then « Valider » with its confirmation.
    const recap = p.getByRole("table", { name: "Modifications" });
    await recap.waitFor();
    const lignes = await recap.getByRole("row").allInnerTexts();
    expect(lignes.some((l) => /Session n° - \/ Nb\. de places\s+-\s+12/.test(l))).toBe(true);
    expect(lignes.some((l) => /Date début\s+-\s+01\/03\/2023/.test(l))).toBe(true);
    expect(lignes.some((l) => /Information collective/.test(l) && /10:00/.test(l))).toBe(true);
    await texte(p, "Motivation de la demande").fill("Session de printemps, information collective à Toulouse.");
    await ecran(p, "demande-recapitulatif", "Récapitulatif de la demande");
    await p.getByRole("button", { name: "Valider", exact: true }).click();
    await confirmer(p);
    await message(p, "status", "Votre demande a été émise et appliquée avec succès.");
    const suivi = p.getByRole("table", { name: "Suivi des demandes de modification" });
    await suivi.getByRole("row").filter({ hasText: "Validée" }).waitFor();
    await expect(suivi.getByRole("row").nth(1).innerText()).resolves.toMatch(/Demande de modification de sessions et informations collectives[\s\S]*10\/02\/2023[\s\S]*Validée/);
    await ecran(p, "demandes", "Suivi des demandes de modification");
    await p.getByRole("tab", { name: "Infos pédagogiques" }).click();
    await p.getByText("-Information collective : 20/02/2023 de 10:00 à 12:00", { exact: false }).waitFor();
    await expect(p.getByRole("row").filter({ hasText: "Session n° 01" }).innerText()).resolves.toMatch(/12\s+01\/03\/2023\s+30\/06\/2023/);
    await ecran(p, "infos-pedagogiques", "Infos pédagogiques");

    // Inscription: the form's checks (client, then server), its two tabs, then a complete record.
    await ouvrirRubrique(p, "Inscription", "Inscription des stagiaires");
    await p.getByRole("link", { name: `Nouveau stagiaire pour l'action ${ACTION}` }).click();
    await p.getByRole("heading", { name: "Déclaration de l'entrée d'un stagiaire" }).waitFor();
    await texte(p, "Nom").fill("Kournikova");
    await p.getByRole("button", { name: "Valider les informations partielles" }).click();
    await message(p, "alert", "Le nom et le prénom du stagiaire sont obligatoires, même pour une fiche partielle.");
    await texte(p, "Prénom").fill("Anna");
    await p.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await message(p, "alert", /^Fiche incomplète : renseignez Civilité, Date de naissance, Sexe, Adresse, Code postal, Date d'entrée/);
    await choisir(p, "Civilité", "Madame");
    await saisirDate(p, p, "Date de naissance", "15/05/1980");
    await choisir(p, "Sexe", "Féminin");
    await texte(p, "Adresse").fill("1 rue des Lilas");
    await texte(p, "Code postal").fill("3100");
    await texte(p, "Code Insee").fill("31555");
    await saisirDate(p, p, "Date d'entrée", "02/01/2023");
    await choisir(p, "Organisme chargé de la rémunération du stagiaire", "Conseil régional");
    await choisir(p, "Niveau à l'entrée en stage", "Niveau IV (bac)");
    await choisir(p, "Tranches d'âges", "26 à 44 ans");
    await choisir(p, "Durée de chômage", "Moins de 6 mois");
    await choisir(p, "Prescripteur", "Mission locale");
    await ouiNon(p, "Bénéficiaire RMI", "non");
    await p.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await p.getByText("Le code postal doit compter 5 chiffres.").first().waitFor();
    await texte(p, "Code postal").fill("31000");
    await ecran(p, "fiche-identite", "Fiche stagiaire — Identité générale");
    await p.getByRole("tab", { name: "Définition de parcours" }).click();
    await texte(p, "Parcours professionnel envisagé").fill("Aide-soignante (DEAS)");
    await texte(p, "Nombre d'heures en centre").fill("400,00");
    await texte(p, "Nombre d'heures en entreprise").fill("70");
    await p.getByRole("button", { name: "Ajouter une période en entreprise" }).click();
    await saisirDate(p, p, "Date de début de la période 1", "06/03/2023");
    await saisirDate(p, p, "Date de fin de la période 1", "14/04/2023");
    await ouiNon(p, "Le recours à un dispositif de Validation des Acquis et de l'Expérience est-il envisagé ?", "non");
    await ecran(p, "fiche-parcours", "Fiche stagiaire — Définition de parcours");
    await p.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await message(p, "status", "La fiche de KOURNIKOVA Anna a été enregistrée.");

    // CSV import: one refused line refuses the file (the line report), then the corrected file.
    await p.getByRole("link", { name: `Importer un fichier CSV pour l'action ${ACTION}` }).click();
    await p.getByRole("heading", { name: "Import de stagiaires (fichier CSV)" }).waitFor();
    await p.getByRole("button", { name: "Importer", exact: true }).click();
    await p.getByText("Choisissez un fichier CSV.").waitFor();
    const fichier = p.getByRole("main").locator("input[type=file]");
    await fichier.setInputFiles({ name: "stagiaires.csv", mimeType: "text/csv", buffer: Buffer.from(CSV_REFUSE, "utf8") });
    await p.getByText(`Fichier choisi : stagiaires.csv (${CSV_REFUSE.length} caractères)`).waitFor();
    await p.getByRole("button", { name: "Importer", exact: true }).click();
    await message(p, "alert", "Aucune ligne n'a été enregistrée : 1 ligne(s) refusée(s).");
    await expect(p.getByRole("table", { name: "Compte rendu de l'import" }).getByRole("row").nth(1).innerText()).resolves.toMatch(/^3\s+.*code postal/i);
    await ecran(p, "import-refus", "Import CSV — lignes refusées");
    await fichier.setInputFiles({ name: "stagiaires.csv", mimeType: "text/csv", buffer: Buffer.from(CSV_BON, "utf8") });
    await p.getByText(`Fichier choisi : stagiaires.csv (${CSV_BON.length} caractères)`).waitFor();
    await p.getByRole("button", { name: "Importer", exact: true }).click();
    await message(p, "status", "2 stagiaire(s) importé(s) (lignes 2, 3).");
    await ecran(p, "import-accepte", "Import CSV — accepté");
    await p.getByRole("link", { name: "Retour" }).click();
    const liste = p.getByRole("grid", { name: `Stagiaires déclarés pour l'action ${ACTION}` });
    await liste.getByRole("row").filter({ hasText: "NADAL" }).waitFor();
    await expect(liste.getByRole("rowheader").allInnerTexts()).resolves.toEqual(["BORG", "KOURNIKOVA", "NADAL"]);
    await expect(liste.getByRole("row").filter({ hasText: "NADAL" }).innerText()).resolves.toMatch(/Rafael\s+16\/01\/2023/);
    await ecran(p, "inscription-liste", "Liste des stagiaires");

    // Ouverture on the first entry (02/01/2023), monthly payments: the green message, statut EC.
    await ouvrirRubrique(p, "Ouverture", "Ouverture de l'action");
    await p.getByRole("link", { name: `Ouvrir l'action ${ACTION}` }).click();
    await p.getByText("Date d'entrée du premier stagiaire : 02/01/2023").waitFor();
    await saisirDate(p, p, "Date de début réelle", "02/01/2023");
    await p.getByRole("radio", { name: "Mensuel" }).check();
    await p.getByRole("button", { name: "Valider le formulaire" }).click();
    await confirmer(p);
    await message(p, "status", "L'action a été ouverte : elle passe du statut « en attente d'ouverture » au statut « en cours ».");
    await p.getByText("Mensuel", { exact: true }).waitFor();
    await ecran(p, "ouverture-faite", "Ouverture faite");

    // An early exit, on NADAL's record (seed 001 § 3.5): the reason is required.
    await ouvrirRubrique(p, "Inscription", "Inscription des stagiaires");
    await p.getByRole("link", { name: "Modifier la fiche de NADAL Rafael" }).click();
    await p.getByRole("heading", { name: "Sortie de formation" }).waitFor();
    const sortie = p.getByRole("form", { name: "Sortie de formation" });
    await saisirDate(p, sortie, "Date de sortie", "31/01/2023");
    await ouiNon(sortie, "Fin de formation", "non");
    await sortie.getByRole("button", { name: "Déclarer la sortie" }).click();
    await p.getByText("Précisez le motif de la sortie anticipée.").waitFor();
    await choisir(sortie, "Sortie anticipée", "Abandon");
    await sortie.getByRole("button", { name: "Déclarer la sortie" }).click();
    await confirmer(p);
    await message(p, "status", "La sortie de NADAL Rafael a été enregistrée.");
    await ecran(p, "sortie", "Sortie de formation");

    // Back home: the action is running; January is over and waits for its confirmation.
    await ouvrirRubrique(p, "Accueil", "Accueil");
    await expect.poll(() => indicateurs(p, "Mes actions"), { timeout: 15_000 }).toEqual(["Actions en attente d'ouverture\n0", "Actions en cours\n1", "Actions en retard de fermeture\n0"]);
    await expect.poll(() => indicateurs(p, "Indicateurs de suivi"), { timeout: 15_000 }).toEqual(["Inscriptions en attente\n0", "Déclarations de réalisations en attente\n1"]);
    await capturer(p, "of-accueil-fin");
    expect(erreurs.filter((e) => !/status of 4\d\d|Failed to load resource/.test(e))).toEqual([]);
  }
});
