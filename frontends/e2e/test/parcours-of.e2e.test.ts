import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choisir, confirmer, message, ouiNon, saisirDate, texte } from "./support/formulaires.js";
import { api, entetes, horlogeSur } from "./support/graphe.js";
import { capturer, connecter, exigerBuilds, hasChromium, lancerChromium, nouvellePage, ouvrirRubrique, verifierAccessibilite } from "./support/navigateur.js";

/**
 * The OF's whole journey of issue 7, in Chromium on a fresh embedded database, in one test:
 * GR237 (ORGANISME — GRETA) and its action 23C00390257_1 « en attente d'ouverture » (seed 003's
 * own example), on 10/02/2023 (SIGMA_NOW and the browser's clock: January is over and may be
 * confirmed until the 15th). It tries to open the action before any trainee (the server
 * refuses), creates a session with an information collective and emits the request (seed 004),
 * registers trainees through the form (seed 001 § 3.2, client and server checks) and a CSV file
 * (line report), opens the action on monthly payments (seed 003), declares the trainees' exits
 * (before January is confirmed: the server refuses an exit inside a confirmed month), enters
 * January through « Saisie horaire » for each trainee, with absences (and a reload on that deep
 * link), confirms the month with its confirmation window, emits the invoice with its
 * confirmation, downloads its PDF, has a wrongly named file and a non-PDF refused with the
 * server's own words, deposits the signed PDF through the gateway's binary endpoint, fills the
 * exit surveys and closes the action with the avenant warning.
 * axe-core and a screenshot on each main screen (test-output/e2e/of-*.png).
 */
const REMOTES = ["accueil", "actions", "ouverture", "inscription", "suivi", "facturation", "fermeture", "region"];
const ACTION = "23C00390257_1";
const MAINTENANT = "2023-02-10T10:00:00+01:00";

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

describe.skipIf(!hasChromium)("Le parcours de l'organisme de formation dans Chromium, de la session à la clôture", () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    exigerBuilds(["shell", ...REMOTES]);
    stack = await startStack({ database: "sqlite", frontends: true, env: { SIGMA_NOW: MAINTENANT } });
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it("GR237: session and information collective, trainees, opening, exits, « Saisie horaire » and confirmation, invoice, signed PDF, surveys, closing", { timeout: 900_000 }, async () => {
    const { page: p, erreurs } = await nouvellePage(browser);
    await horlogeSur(p, MAINTENANT);
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

    // After the opening, an entered trainee's record changes only through a request to the Région.
    await ouvrirRubrique(p, "Inscription", "Inscription des stagiaires");
    await p.getByRole("link", { name: "Modifier la fiche de KOURNIKOVA Anna" }).click();
    await p.getByText("sa fiche ne se modifie que par une demande de modification validée par le Conseil régional", { exact: false }).waitFor();
    await expect(texte(p, "Ville").getAttribute("readonly")).resolves.not.toBeNull();
    await p.getByRole("button", { name: "Demander une modification de la fiche" }).click();
    await texte(p, "Ville").fill("Toulouse");
    await p.getByRole("button", { name: "Envoyer la demande de modification" }).click();
    await p.getByText("Motivez la demande de modification.").first().waitFor();
    await texte(p, "Motivation de la demande").fill("La stagiaire a déménagé à Toulouse.");
    await ecran(p, "demande-fiche", "Demande de modification d'une fiche stagiaire");
    await p.getByRole("button", { name: "Envoyer la demande de modification" }).click();
    await message(p, "status", "La demande de modification de la fiche de KOURNIKOVA Anna a été envoyée au Conseil régional : la fiche sera modifiée à sa validation.");

    // The Région validates it in Espace Région (its own browser); the record then reads the new value.
    const { page: r, erreurs: erreursRegion } = await nouvellePage(browser);
    await horlogeSur(r, MAINTENANT);
    await connecter(r, stack.shellUrl, "REGION");
    await ouvrirRubrique(r, "Espace Région", "Espace Région");
    const demandeFiche = r.getByRole("grid", { name: "Demandes de modification de fiches stagiaires en attente de validation" }).getByRole("row").filter({ hasText: "KOURNIKOVA" });
    await expect(demandeFiche.innerText()).resolves.toMatch(/La stagiaire a déménagé à Toulouse\.\s+Ville : → Toulouse/);
    await demandeFiche.getByRole("button", { name: "Valider" }).click();
    await confirmer(r);
    await message(r, "status", /La demande de modification de la fiche de KOURNIKOVA Anna a été validée : la fiche est modifiée\./i);
    await verifierAccessibilite(r, "Espace Région — fiche validée");
    await capturer(r, "of-region-fiche-validee");
    expect(erreursRegion.filter((e) => !/status of 4\d\d|Failed to load resource/.test(e))).toEqual([]);
    await r.close();
    await p.getByRole("link", { name: "Modifier la fiche de KOURNIKOVA Anna" }).click();
    await expect.poll(() => texte(p, "Ville").inputValue()).toBe("Toulouse");

    // Exits (seed 001 § 3.5), before January is confirmed. NADAL leaves early: the reason is required.
    await ouvrirRubrique(p, "Inscription", "Inscription des stagiaires");
    await p.getByRole("link", { name: "Modifier la fiche de NADAL Rafael" }).click();
    await p.getByRole("heading", { name: "Sortie de formation" }).waitFor();
    let sortie = p.getByRole("form", { name: "Sortie de formation" });
    await saisirDate(p, sortie, "Date de sortie", "31/01/2023");
    await ouiNon(sortie, "Fin de formation", "non");
    await sortie.getByRole("button", { name: "Déclarer la sortie" }).click();
    await p.getByText("Précisez le motif de la sortie anticipée.").waitFor();
    await choisir(sortie, "Sortie anticipée", "Abandon");
    await sortie.getByRole("button", { name: "Déclarer la sortie" }).click();
    await confirmer(p);
    await message(p, "status", "La sortie de NADAL Rafael a été enregistrée.");
    await ecran(p, "sortie", "Sortie de formation");
    for (const nom of ["KOURNIKOVA Anna", "BORG Bjon"]) {
      await ouvrirRubrique(p, "Inscription", "Inscription des stagiaires");
      await p.getByRole("link", { name: `Modifier la fiche de ${nom}` }).click();
      sortie = p.getByRole("form", { name: "Sortie de formation" });
      await sortie.waitFor();
      await saisirDate(p, sortie, "Date de sortie", "31/01/2023");
      await ouiNon(sortie, "Fin de formation", "oui");
      await sortie.getByRole("button", { name: "Déclarer la sortie" }).click();
      await confirmer(p);
      await message(p, "status", `La sortie de ${nom} a été enregistrée.`);
    }

    // Suivi des réalisations (seed 001 § 3.5): January's recap, then « Saisie horaire » per trainee.
    await ouvrirRubrique(p, "Suivi des réalisations", "Suivi des réalisations");
    const recapitulatif = p.getByRole("table", { name: new RegExp(`^Tableau récapitulatif du réalisé horaire de l'action ${ACTION} — Janvier 2023`, "i") });
    await recapitulatif.waitFor();
    await expect(recapitulatif.getByRole("rowheader").allInnerTexts()).resolves.toEqual(expect.arrayContaining(["BORG", "KOURNIKOVA", "NADAL"]));
    await ecran(p, "suivi-recapitulatif", "Tableau récapitulatif du réalisé horaire");

    // KOURNIKOVA: 100 h in the centre, a justified day of absence (7 h) with its period.
    await recapitulatif.getByRole("link", { name: /^Saisie horaire de KOURNIKOVA Anna/ }).click();
    const saisie = p.getByRole("form", { name: /^Saisie des heures — janvier 2023/i });
    await saisie.waitFor();
    expect(new URL(p.url()).pathname).toMatch(/^\/suivi\/\d+\/2023-01\/\d+$/);
    await texte(saisie, "Heures réalisées en centre").fill("100");
    await texte(saisie, "Heures non réalisées justifiées en centre").fill("7");
    await saisie.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await saisie.getByText(/Les périodes d'absence justifiées en centre totalisent 0,00 h, mais 7,00 h non réalisées justifiées en centre sont déclarées/).waitFor();
    await saisie.getByRole("button", { name: "Ajouter une période d'absence" }).click();
    await saisirDate(p, saisie, "Date début période (1)", "10/01/2023");
    await saisirDate(p, saisie, "Date fin période (1)", "10/01/2023");
    await texte(saisie, "Motif d'absence (1)").fill("Maladie");
    await choisir(saisie, "Lieu d'absence (1)", "En centre");
    await ouiNon(saisie, "Absence justifiée (1)", "oui");
    await texte(saisie, "Nombre d'heures d'absence (1)").fill("7");
    await ecran(p, "saisie-horaire", "Saisie des heures");
    await saisie.getByRole("button", { name: "Enregistrer", exact: true }).click();
    await message(p, "status", /Les heures de KOURNIKOVA Anna pour janvier 2023 ont été enregistrées\./i);

    // A reload on the deep link: the shell finds its manifest and the remote its files again.
    const manifestes: string[] = [];
    const suivreManifeste = (r: Request) => {
      if (r.url().includes("manifest.json")) manifestes.push(new URL(r.url()).pathname);
    };
    p.on("request", suivreManifeste);
    await p.reload();
    await saisie.waitFor();
    p.off("request", suivreManifeste);
    expect(manifestes).toEqual(["/manifest.json"]);
    await expect(texte(saisie, "Heures réalisées en centre").inputValue()).resolves.toMatch(/^100(,00)?$/);
    await expect(texte(saisie, "Motif d'absence (1)").inputValue()).resolves.toBe("Maladie");
    await saisie.getByRole("link", { name: "Retour" }).click();
    await recapitulatif.waitFor();
    // The month's centre hours: done plus justified absences (107), as the invoice counts them.
    await expect(recapitulatif.getByRole("row").filter({ hasText: "KOURNIKOVA" }).innerText()).resolves.toMatch(/02\/01\/2023\s+31\/01\/2023\s+107,00 hc\s+0,00 he/);

    // BORG: 120 h; NADAL (until 31/01, entered 16/01): 60 h and 3 unjustified hours in the company.
    const heures: [string, string, [string, string][]][] = [
      ["BORG Bjon", "120", []],
      ["NADAL Rafael", "60", [["Heures non réalisées non justifiées en entreprise", "3"]]],
    ];
    for (const [nom, centre, autres] of heures) {
      await recapitulatif.getByRole("link", { name: new RegExp(`^Saisie horaire de ${nom}`) }).click();
      await saisie.waitFor();
      await texte(saisie, "Heures réalisées en centre").fill(centre);
      for (const [champ, valeur] of autres) await texte(saisie, champ).fill(valeur);
      if (autres.length) {
        await saisie.getByRole("button", { name: "Ajouter une période d'absence" }).click();
        await saisirDate(p, saisie, "Date début période (1)", "20/01/2023");
        await saisirDate(p, saisie, "Date fin période (1)", "20/01/2023");
        await texte(saisie, "Motif d'absence (1)").fill("Absence en entreprise");
        await choisir(saisie, "Lieu d'absence (1)", "En entreprise");
        await ouiNon(saisie, "Absence justifiée (1)", "non");
        await texte(saisie, "Nombre d'heures d'absence (1)").fill("3");
      }
      await saisie.getByRole("button", { name: "Enregistrer", exact: true }).click();
      await message(p, "status", new RegExp(`Les heures de ${nom} pour janvier 2023 ont été enregistrées\\.`, "i"));
      await saisie.getByRole("link", { name: "Retour" }).click();
      await recapitulatif.getByRole("row").filter({ hasText: nom.split(" ")[0]! }).filter({ hasText: `${centre},00 hc` }).waitFor();
    }

    // The month's confirmation, with its window.
    await p.getByRole("button", { name: "Confirmer la déclaration" }).click();
    const confirmationMois = p.getByRole("alertdialog");
    await expect(confirmationMois.innerText()).resolves.toMatch(new RegExp(`Souhaitez-vous vraiment confirmer la déclaration de réalisation de janvier 2023 pour l'action ${ACTION} \\?`, "i"));
    await ecran(p, "confirmation-mois", "Confirmation de la déclaration");
    await confirmer(p);
    await message(p, "status", /La déclaration de janvier 2023 a été confirmée : elle peut faire l'objet d'une facturation\./i);
    await p.getByText(/État de la déclaration de janvier 2023 : Confirmée/i).waitFor();
    await expect(recapitulatif.getByRole("link", { name: /^Saisie horaire/ }).count()).resolves.toBe(0);
    await ecran(p, "suivi-confirme", "Déclaration confirmée");

    // Validation / Facturation: January's invoice (monthly payments), emitted after « Poursuivre ».
    await ouvrirRubrique(p, "Validation / Facturation", "Validation / Facturation");
    await p.getByRole("tab", { name: "A facturer" }).click();
    await p.getByRole("button", { name: "Emettre la facture" }).first().click();
    const emission = p.getByRole("alertdialog", { name: "Confirmation" });
    const question = await emission.innerText();
    const periode = /Souhaitez-vous vraiment émettre la facture pour la période (.+) \?/.exec(question)?.[1];
    expect(periode, question).toMatch(/janvier 2023/i);
    await ecran(p, "confirmation-emission", "Confirmation d'émission");
    await emission.getByRole("button", { name: "Poursuivre" }).click();
    await message(p, "status", "La facture a été validée.");
    await ecran(p, "a-facturer-emise", "A facturer");

    // Suivi des factures: its PDF.
    await p.getByRole("tab", { name: "Suivi des factures" }).click();
    const facture = () => p.getByRole("row").filter({ hasText: periode! });
    await expect(facture().innerText()).resolves.toMatch(/10\/02\/2023/);
    const [telechargement] = await Promise.all([p.waitForEvent("download"), facture().getByRole("button", { name: `Télécharger la facture ${periode} (PDF)` }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await telechargement.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);

    // « Ajouter une facture signée »: the files go as they are to the gateway's binary endpoint.
    const envois: { url: string; type: string | undefined }[] = [];
    const depotsGraphql: string[] = [];
    p.on("request", (r) => {
      if (r.url().includes("/televersements/") && r.method() === "POST") envois.push({ url: r.url(), type: r.headers()["content-type"] });
      if (r.url().endsWith("/graphql") && /deposerFactureSignee/i.test(r.postData() ?? "")) depotsGraphql.push(r.postData()!);
    });
    await facture().getByRole("button", { name: `Ajouter la facture signée de la période ${periode}` }).click();
    const depot = p.getByRole("dialog", { name: "Ajouter une facture signée" });
    const attendu = /Nom attendu, en majuscules : (.+\.pdf)/.exec(await depot.innerText())?.[1];
    expect(attendu).toMatch(new RegExp(`^23C0390257_.*GRETA.*_JANVIER 2023\\.pdf$`));
    // A wrongly named PDF: the words are the server's (asked here directly with GR237's token).
    const refusServeur = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, "")}/televersements/facture-signee?factureId=${encodeURIComponent(await factureId(periode!))}&nomFichier=${encodeURIComponent("facture janvier.pdf")}`, {
      method: "POST",
      headers: { ...(await entetes(stack.gatewayUrl, "GR237")), "content-type": "application/pdf" },
      body: pdf,
    });
    expect(refusServeur.status).toBe(400);
    const motNom: string = ((await refusServeur.json()) as { errors: { message: string }[] }).errors[0]!.message;
    expect(motNom).toContain("Le fichier doit être nommé en majuscules selon la règle");
    await depot.getByLabel("Facture signée PDF").setInputFiles({ name: "facture janvier.pdf", mimeType: "application/pdf", buffer: pdf });
    await depot.getByRole("button", { name: "Enregistrer" }).click();
    await depot.getByRole("alert").filter({ hasText: motNom }).waitFor();
    await ecran(p, "depot-nom-refuse", "Ajouter une facture signée — nom refusé");
    // Well named but not a PDF: the server refuses, the dialog shows its message.
    await depot.getByLabel("Facture signée PDF").setInputFiles({ name: attendu!, mimeType: "application/pdf", buffer: Buffer.from("PK\u0003\u0004 un document renommé en .pdf".repeat(10)) });
    await depot.getByRole("button", { name: "Enregistrer" }).click();
    await depot.getByRole("alert").filter({ hasText: "Le fichier déposé n'est pas un PDF valide : déposez la facture signée au format PDF." }).waitFor();
    // The signed PDF, named by the rule.
    await depot.getByLabel("Facture signée PDF").setInputFiles({ name: attendu!, mimeType: "application/pdf", buffer: pdf });
    await depot.getByRole("button", { name: "Enregistrer" }).click();
    await message(p, "status", `La facture signée a correctement été enregistrée pour la facture ${periode}.`);
    await facture().getByText("Signée déposée").waitFor();
    await ecran(p, "suivi-factures-deposee", "Suivi des factures");
    expect(envois.map((e) => [new URL(e.url).pathname, new URL(e.url).searchParams.get("nomFichier"), e.type])).toEqual([
      ["/televersements/facture-signee", attendu, "application/pdf"],
      ["/televersements/facture-signee", attendu, "application/pdf"],
    ]);
    // The bytes arrived as they were (Chromium does not expose a file body to the test: asked to the graph).
    const { action: deposee } = await api<{ action: { factures: { periode: string; fichierSigne: { nom: string; taille: number; sha256: string } | null }[] } }>(
      stack.gatewayUrl,
      await entetes(stack.gatewayUrl, "GR237"),
      `{ action(numero: "${ACTION}") { factures { periode fichierSigne { nom taille sha256 } } } }`,
    );
    expect(deposee.factures.find((f) => f.periode === periode)?.fichierSigne).toEqual({ nom: attendu, taille: pdf.length, sha256: createHash("sha256").update(pdf).digest("hex") });
    expect(depotsGraphql).toEqual([]);

    // Fermeture: the exit surveys (a job needs its contract), then the closing with the avenant warning.
    await ouvrirRubrique(p, "Fermeture", "Fermeture");
    const enquetes: [RegExp, string][] = [
      [/KOURNIKOVA/, "Emplois dans le secteur d'activité de la formation suivie"],
      [/BORG/, "Emplois dans un autre secteur"],
      [/NADAL/, "Autre situation"],
    ];
    for (const [nom, situation] of enquetes) {
      await p.getByRole("button", { name: new RegExp(`^Saisir : enquête à la sortie de ${nom.source}`, "i") }).click();
      const fiche = p.getByRole("dialog", { name: new RegExp(`Fiche de suivi — Enquête à la sortie — ${nom.source}`, "i") });
      await fiche.getByLabel(situation).check();
      if (situation.startsWith("Emplois")) {
        await fiche.getByRole("button", { name: "Enregistrer" }).click();
        await fiche.getByRole("alert").filter({ hasText: "Précisez le contrat de l'emploi occupé." }).waitFor();
        if (nom.source === "KOURNIKOVA") await ecran(p, "fiche-de-suivi", "Fiche de suivi");
        await fiche.getByLabel("CDI").check();
      }
      await fiche.getByRole("button", { name: "Enregistrer" }).click();
      await message(p, "status", new RegExp(`La fiche de suivi \\(enquête à la sortie\\) de ${nom.source}.* a été enregistrée\\.`, "i"));
      await fiche.waitFor({ state: "detached" });
    }
    // The 6-month survey opens six months after the exit: said before any round trip.
    await p.getByRole("button", { name: /^Saisir : enquête 6 mois après la sortie de KOURNIKOVA/i }).click();
    const sixMois = p.getByRole("dialog", { name: /Enquête 6 mois après la sortie — KOURNIKOVA/i });
    await sixMois.getByLabel("Autre situation").check();
    await sixMois.getByRole("button", { name: "Enregistrer" }).click();
    await sixMois.getByRole("alert").filter({ hasText: "L'enquête à 6 mois se remplit à partir du 31/07/2023." }).waitFor();
    await sixMois.getByRole("button", { name: "Annuler" }).click();
    await p.getByRole("figure").filter({ hasText: "Situation des stagiaires à la sortie" }).waitFor();
    await p.getByRole("row").filter({ hasText: "KOURNIKOVA" }).getByText("Emplois dans le secteur d'activité de la formation suivie — CDI").waitFor();
    await ecran(p, "bilans", "Déclaration des bilans");

    await p.getByRole("tab", { name: "Fermeture de l'action" }).click();
    await saisirDate(p, p, "Date de fermeture de l'action", "31/01/2023");
    await p.getByRole("button", { name: "Valider" }).click();
    await message(p, "status", `L'action ${ACTION} a été clôturée.`);
    await p.getByText(/La date de fin réelle \(31\/01\/2023\) diffère de la date de fin prévue \(\d\d\/\d\d\/\d{4}\) : contactez le Conseil régional/).waitFor();
    await ecran(p, "cloture", "Fermeture de l'action");

    // Back home: nothing running, nothing waiting.
    await ouvrirRubrique(p, "Accueil", "Accueil");
    await expect.poll(() => indicateurs(p, "Mes actions"), { timeout: 15_000 }).toEqual(["Actions en attente d'ouverture\n0", "Actions en cours\n0", "Actions en retard de fermeture\n0"]);
    await expect.poll(() => indicateurs(p, "Indicateurs de suivi"), { timeout: 15_000 }).toEqual(["Inscriptions en attente\n0", "Déclarations de réalisations en attente\n0"]);
    await capturer(p, "of-accueil-fin");
    expect(erreurs.filter((e) => !/status of 4\d\d|Failed to load resource/.test(e))).toEqual([]);
  }

  /** The invoice's id for the direct call to the endpoint (the UI shows its period, not its id). */
  async function factureId(periode: string): Promise<string> {
    const { action } = await api<{ action: { factures: { id: string; periode: string }[] } }>(stack.gatewayUrl, await entetes(stack.gatewayUrl, "GR237"), `{ action(numero: "${ACTION}") { factures { id periode } } }`);
    const id = action.factures.find((f) => f.periode === periode)?.id;
    expect(id, JSON.stringify(action)).toBeDefined();
    return id!;
  }
});
