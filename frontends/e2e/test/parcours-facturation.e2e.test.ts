import { readFileSync } from "node:fs";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, entetes, horlogeSur, saisirDate, type Entetes } from "./support/graphe.js";
import { capturer, connecter, exigerBuilds, hasChromium, lancerChromium, menu, nouvellePage, ouvrirRubrique, verifierAccessibilite } from "./support/navigateur.js";

/**
 * The invoicing journeys in Chromium against the whole stack, on 10/03/2023 (SIGMA_NOW, and the
 * browser's clock): the OF emits its second CRE with the confirmation, downloads its PDF, has a
 * wrongly named file refused (by the client, with the server's message) and a non-PDF refused
 * (by the server), deposits the signed PDF, fills an exit survey and closes the action with the
 * avenant warning; the Région validates that invoice, rejects the first with a reason and records
 * a payment; the OF sees both decisions in « Suivi des factures » / « Suivi des paiements » and in
 * the notification area; GR237 sees none of it. axe-core on every screen, screenshots in
 * test-output/e2e.
 */
const REMOTES = ["accueil", "actions", "ouverture", "inscription", "suivi", "facturation", "fermeture", "region"];
const MAINTENANT = "2023-03-10T09:00:00+01:00";
const ACTION = "23P0000000_TEST_1";
const T1 = "Septembre 2022 - Novembre 2022";
const T2 = "Décembre 2022 - Février 2023";
const MOTIF = "Reprenez les justificatifs d'absence du stagiaire";
const HEURES = (stagiaireId: string, mois: string, centre: string) => ({
  stagiaireId,
  mois,
  heuresRealiseesCentre: centre,
  heuresNonRealiseesJustifieesCentre: "0",
  heuresNonRealiseesNonJustifieesCentre: "0",
  heuresRealiseesEntreprise: "7",
  heuresNonRealiseesJustifieesEntreprise: "0",
  heuresNonRealiseesNonJustifieesEntreprise: "0",
});

describe.skipIf(!hasChromium)("Parcours facturation dans Chromium : émission, dépôt signé, bilans, clôture, décisions de la Région", () => {
  let stack: Stack;
  let browser: Browser;
  let of: Entetes;
  let stagiaires: Record<string, string>;
  let pdfTelecharge: Buffer;

  beforeAll(async () => {
    exigerBuilds(["shell", ...REMOTES]);
    stack = await startStack({ database: "sqlite", frontends: true, env: { SIGMA_NOW: MAINTENANT } });
    browser = await lancerChromium();
    of = await entetes(stack.gatewayUrl, "OR5159");
    // The demo action (opened 01/09/2022, quarterly, September to November confirmed): the OF's
    // hours of December to February entered and confirmed through the graph, so that the second
    // quarter can be invoiced (seed 000: « dès lors que les trois mois sont validés »).
    const { action } = await api(stack.gatewayUrl, of, `{ action(numero: "${ACTION}") { id statut stagiaires { id nom } } }`);
    expect(action.statut).toBe("EC");
    stagiaires = Object.fromEntries(action.stagiaires.map((s: { id: string; nom: string }) => [s.nom, s.id]));
    for (const mois of ["2022-12", "2023-01", "2023-02"]) {
      for (const nom of ["FRANCO", "KOURNIKOVA"]) {
        await api(stack.gatewayUrl, of, `mutation ($i: SaisieHeuresInput!) { saisirHeures(input: $i) { mois } }`, { i: HEURES(stagiaires[nom]!, mois, "30") });
      }
      // Everybody leaves at the end of February, before February is confirmed (an exit may not
      // fall in a confirmed month); the Fermeture screen then takes their surveys and the closing.
      if (mois === "2023-02") {
        for (const nom of ["FRANCO", "KOURNIKOVA", "BORG", "NADAL"]) {
          await api(stack.gatewayUrl, of, `mutation ($i: SortieInput!) { declarerSortie(input: $i) { dateSortie } }`, {
            i: { stagiaireId: stagiaires[nom], dateSortie: "2023-02-28", finFormation: true },
          });
        }
      }
      await api(stack.gatewayUrl, of, `mutation ($m: String!) { confirmerDeclaration(actionId: "${action.id}", mois: $m) { etat } }`, { m: mois });
    }
    // A date request (seed 003) waiting for the Région.
    const { nouvelleDemandeModification: demande } = await api(stack.gatewayUrl, of, `mutation { nouvelleDemandeModification(input: { actionId: "${action.id}", type: DATES }) { id } }`);
    await api(stack.gatewayUrl, of, `mutation ($d: ID!, $x: DatesInput!) { enregistrerDates(demandeId: $d, dates: $x) { id } }`, {
      d: demande.id,
      x: { dateFinPrevue: "2024-06-28", composantes: [{ composanteId: "1", dateDebut: "2022-09-01", dateFin: "2024-06-28" }] },
    });
    await api(stack.gatewayUrl, of, `mutation ($d: ID!) { emettreDemande(demandeId: $d, motivation: "Fin anticipée") { etat } }`, { d: demande.id });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function page(identifiant: string): Promise<{ p: Page; erreurs: string[] }> {
    const { page: p, erreurs } = await nouvellePage(browser);
    await horlogeSur(p, MAINTENANT);
    await connecter(p, stack.shellUrl, identifiant);
    return { p, erreurs };
  }
  const ligne = (p: Page, texte: string) => p.getByRole("row").filter({ hasText: texte });

  it("OF: CRE, « Emettre la facture » with its confirmation, PDF download, naming rule, signed upload", { timeout: 240_000 }, async () => {
    const { p, erreurs } = await page("OR5159");
    await p.getByRole("region", { name: "Notifications" }).getByText(`Facture ${T2} (${ACTION}) à émettre.`).waitFor();
    await ouvrirRubrique(p, "Validation / Facturation", "Validation / Facturation");
    await expect(p.getByRole("tab").allInnerTexts()).resolves.toEqual(["Suivi des validations", "A facturer", "Suivi des factures", "Suivi des paiements"]);

    // Suivi des validations: seed 000's CRE.
    await p.getByRole("tab", { name: "Suivi des validations" }).click();
    const cre = p.getByRole("grid", { name: `Compte-rendu d'exécution — ${ACTION}` });
    await cre.getByRole("row").filter({ hasText: "Heure stagiaire centre" }).waitFor();
    await expect(cre.getByRole("columnheader").allInnerTexts()).resolves.toEqual(["Prestations", "Contractualisé", "Prescrit", "Réalisé", "Facturé", "Mars 2023"]);
    await expect(cre.getByRole("row").filter({ hasText: "Heure stagiaire centre" }).innerText()).resolves.toContain("37 200,00 hc");
    await verifierAccessibilite(p, "Suivi des validations");
    await capturer(p, "facturation-suivi-validations");

    // A facturer: the second quarter, emitted after « Poursuivre ».
    await p.getByRole("tab", { name: "A facturer" }).click();
    const aEmettre = ligne(p, T2);
    await aEmettre.getByRole("button", { name: "Emettre la facture" }).click();
    const confirmation = p.getByRole("alertdialog", { name: "Confirmation" });
    await expect(confirmation.innerText()).resolves.toContain(`Souhaitez-vous vraiment émettre la facture pour la période ${T2} ?`);
    await verifierAccessibilite(p, "Confirmation d'émission");
    await capturer(p, "facturation-confirmation-emission");
    await confirmation.getByRole("button", { name: "Poursuivre" }).click();
    await p.getByRole("status").filter({ hasText: "La facture a été validée." }).waitFor();
    await verifierAccessibilite(p, "A facturer");
    await capturer(p, "facturation-a-facturer-emise");

    // Suivi des factures: download the PDF.
    await p.getByRole("tab", { name: "Suivi des factures" }).click();
    const emise = ligne(p, T2);
    await expect(emise.innerText()).resolves.toMatch(/10\/03\/2023[\s\S]*OR5159 \/ Titulaire/);
    const [telechargement] = await Promise.all([p.waitForEvent("download"), emise.getByRole("button", { name: `Télécharger la facture ${T2} (PDF)` }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/\.pdf$/);
    pdfTelecharge = readFileSync((await telechargement.path())!);
    expect(pdfTelecharge.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const { action } = await api(stack.gatewayUrl, of, `{ action(numero: "${ACTION}") { factures { periode nomFichierAttendu } } }`);
    const attendu: string = action.factures.find((f: { periode: string }) => f.periode === T2).nomFichierAttendu;
    expect(attendu).toBe("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 2_DECEMBRE 2022 - FEVRIER 2023.pdf");

    // A wrongly named PDF: refused before sending, with the server's message.
    await emise.getByRole("button", { name: `Ajouter la facture signée de la période ${T2}` }).click();
    const depot = p.getByRole("dialog", { name: "Ajouter une facture signée" });
    await depot.getByText("Les champs obligatoires sont marqués par un *.").waitFor();
    await depot.getByLabel("Facture signée PDF").setInputFiles({ name: "test facture.pdf", mimeType: "application/pdf", buffer: pdfTelecharge });
    await depot.getByRole("button", { name: "Enregistrer" }).click();
    await depot
      .getByRole("alert")
      .filter({ hasText: `Le fichier doit être nommé en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE : « ${attendu} » (fichier reçu : « test facture.pdf »).` })
      .waitFor();
    await verifierAccessibilite(p, "Ajouter une facture signée — nom refusé");
    await capturer(p, "facturation-depot-nom-refuse");
    // Well named but not a PDF: the server refuses, the dialog shows its message.
    await depot.getByLabel("Facture signée PDF").setInputFiles({ name: attendu, mimeType: "application/pdf", buffer: Buffer.from("PK\u0003\u0004 un document renommé en .pdf".repeat(10)) });
    await depot.getByRole("button", { name: "Enregistrer" }).click();
    await depot.getByRole("alert").filter({ hasText: "Le fichier déposé n'est pas un PDF valide : déposez la facture signée au format PDF." }).waitFor();
    // The signed PDF, named by the rule.
    await depot.getByLabel("Facture signée PDF").setInputFiles({ name: attendu, mimeType: "application/pdf", buffer: pdfTelecharge });
    await depot.getByRole("button", { name: "Enregistrer" }).click();
    await p.getByRole("status").filter({ hasText: `La facture signée a correctement été enregistrée pour la facture ${T2}.` }).waitFor();
    await ligne(p, T2).getByText("Signée déposée").waitFor();
    await expect(ligne(p, T2).innerText()).resolves.toMatch(/Déposée[\s\S]*10\/03\/2023[\s\S]*Signée déposée/);
    await verifierAccessibilite(p, "Suivi des factures");
    await capturer(p, "facturation-suivi-factures-deposee");
    expect(erreurs.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
  });

  it("OF: exit survey with the contract, then closing with the avenant warning", { timeout: 180_000 }, async () => {
    const { p, erreurs } = await page("OR5159");
    await ouvrirRubrique(p, "Fermeture", "Fermeture");
    const franco = ligne(p, "FRANCO");
    await expect(franco.innerText()).resolves.toMatch(/28\/02\/2023/);
    await franco.getByRole("button", { name: "Saisir : enquête à la sortie de FRANCO ROBERTO" }).click();
    const fiche = p.getByRole("dialog", { name: /Fiche de suivi — Enquête à la sortie — FRANCO ROBERTO/ });
    await fiche.getByLabel("Emplois dans le secteur d'activité de la formation suivie").check();
    await fiche.getByRole("button", { name: "Enregistrer" }).click();
    await fiche.getByRole("alert").filter({ hasText: "Précisez le contrat de l'emploi occupé." }).waitFor();
    await verifierAccessibilite(p, "Fiche de suivi");
    await capturer(p, "fermeture-fiche-de-suivi");
    await fiche.getByLabel("CDI").check();
    await fiche.getByRole("button", { name: "Enregistrer" }).click();
    await p.getByRole("status").filter({ hasText: "La fiche de suivi (enquête à la sortie) de FRANCO ROBERTO a été enregistrée." }).waitFor();
    await ligne(p, "FRANCO").getByText("Emplois dans le secteur d'activité de la formation suivie — CDI").waitFor();
    // The 6-month survey opens six months after the exit: said before any round trip.
    await ligne(p, "FRANCO").getByRole("button", { name: "Saisir : enquête 6 mois après la sortie de FRANCO ROBERTO" }).click();
    const sixMois = p.getByRole("dialog", { name: /Enquête 6 mois après la sortie — FRANCO ROBERTO/ });
    await sixMois.getByLabel("Autre situation").check();
    await sixMois.getByRole("button", { name: "Enregistrer" }).click();
    await sixMois.getByRole("alert").filter({ hasText: "L'enquête à 6 mois se remplit à partir du 28/08/2023." }).waitFor();
    await sixMois.getByRole("button", { name: "Annuler" }).click();
    await p.getByRole("figure").filter({ hasText: "Situation des stagiaires à la sortie" }).waitFor();
    await verifierAccessibilite(p, "Déclaration des bilans");
    await capturer(p, "fermeture-bilans");

    await p.getByRole("tab", { name: "Fermeture de l'action" }).click();
    await saisirDate(p, "28/02/2023");
    await p.getByText("La date de fin réelle diffère de la date de fin prévue : contactez le Conseil régional").waitFor();
    await p.getByRole("button", { name: "Valider" }).click();
    await p.getByRole("status").filter({ hasText: `L'action ${ACTION} a été clôturée.` }).waitFor();
    await p
      .getByText(
        "La date de fin réelle (28/02/2023) diffère de la date de fin prévue (30/06/2024) : contactez le Conseil régional pour le prévenir de ce décalage et procéder à un avenant sur la date prévisionnelle de fin de l'action.",
      )
      .waitFor();
    await verifierAccessibilite(p, "Fermeture de l'action");
    await capturer(p, "fermeture-cloture-avenant");
    const { action } = await api(stack.gatewayUrl, of, `{ action(numero: "${ACTION}") { statut dateFinReelle } }`);
    expect(action).toEqual({ statut: "CLOTUREE", dateFinReelle: "2023-02-28" });
    expect(erreurs.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
  });

  it("Région: validates one invoice, rejects another with a reason, records a payment; the OF sees both decisions", { timeout: 240_000 }, async () => {
    const { p, erreurs } = await page("REGION");
    await ouvrirRubrique(p, "Espace Région", "Espace Région");
    // The date request: refused with observations (required).
    const demande = ligne(p, "Fin anticipée");
    await expect(demande.innerText()).resolves.toMatch(/Date de fin prévue : 30\/06\/2024 → 28\/06\/2024[\s\S]*En attente de validation/);
    await verifierAccessibilite(p, "Espace Région — demandes");
    await capturer(p, "region-demandes");
    await demande.getByRole("button", { name: `Refuser la demande de ${ACTION}` }).click();
    const refus = p.getByRole("dialog", { name: `Refuser la demande de ${ACTION}` });
    await refus.getByRole("button", { name: "Refuser la demande" }).click();
    await refus.getByRole("alert").filter({ hasText: "Indiquez le motif du refus dans les observations." }).waitFor();
    await refus.getByLabel("Observations").fill("Un avenant est nécessaire.");
    await refus.getByRole("button", { name: "Refuser la demande" }).click();
    await p.getByRole("status").filter({ hasText: `La demande de modification de ${ACTION} a été refusée.` }).waitFor();
    await ligne(p, "Fin anticipée").getByText("Un avenant est nécessaire.").waitFor();
    await capturer(p, "region-demande-refusee");
    await p.getByRole("tab", { name: "Factures à valider" }).click();
    const deposee = ligne(p, T2);
    await expect(deposee.innerText()).resolves.toContain("ORGANISME TEST PRF 23 (OR5159)");
    // The first quarter was never signed: it cannot be validated, only rejected.
    await expect(ligne(p, T1).getByRole("button", { name: "Valider" }).isDisabled()).resolves.toBe(true);
    await deposee.getByRole("button", { name: "Valider" }).click();
    await p.getByRole("alertdialog", { name: "Confirmation" }).getByRole("button", { name: "Poursuivre" }).click();
    await p.getByRole("status").filter({ hasText: `(${T2}) a été validée.` }).waitFor();

    await ligne(p, T1).getByRole("button", { name: `Rejeter la facture ${ACTION} ${T1}` }).click();
    const rejet = p.getByRole("dialog", { name: /Rejeter la facture/ });
    await rejet.getByRole("button", { name: "Rejeter la facture" }).click();
    await rejet.getByRole("alert").filter({ hasText: "Indiquez le motif du rejet (3 à 500 caractères)." }).waitFor();
    await verifierAccessibilite(p, "Rejet d'une facture");
    await capturer(p, "region-rejet-motif");
    await rejet.getByLabel("Motif de rejet").fill(MOTIF);
    await rejet.getByRole("button", { name: "Rejeter la facture" }).click();
    await p.getByRole("status").filter({ hasText: `(${T1}) a été rejetée.` }).waitFor();
    await verifierAccessibilite(p, "Espace Région — factures");
    await capturer(p, "region-factures-decidees");

    await p.getByRole("tab", { name: "Paiements" }).click();
    await ligne(p, T2).getByRole("button", { name: /Enregistrer un paiement/ }).click();
    const paiement = p.getByRole("dialog", { name: /Paiement de la facture/ });
    await saisirDate(p, "01/03/2023", paiement);
    await paiement.getByLabel("Montant").fill("999999,00");
    await paiement.getByLabel("Référence du paiement").fill("MANDAT-2023-001");
    await paiement.getByRole("button", { name: "Enregistrer" }).click();
    await paiement.getByText(/Le paiement \(999 999,00 €\) dépasse le reste à payer/).waitFor();
    await paiement.getByLabel("Montant").fill("500,00");
    await paiement.getByRole("button", { name: "Enregistrer" }).click();
    await p.getByRole("status").filter({ hasText: "Le paiement de 500,00 € a été enregistré" }).waitFor();
    await ligne(p, T2).getByText("01/03/2023 — 500,00 € — MANDAT-2023-001").waitFor();
    const [edition] = await Promise.all([p.waitForEvent("download"), p.getByRole("button", { name: /Validées par la Région avec les informations de paiement/ }).click()]);
    expect(readFileSync((await edition.path())!).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await verifierAccessibilite(p, "Espace Région — paiements");
    await capturer(p, "region-paiements");
    expect(erreurs.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);

    // The OF: both decisions in its notification area and its invoice tabs.
    const { p: o } = await page("OR5159");
    const notifications = o.getByRole("region", { name: "Notifications" });
    await notifications.getByText(`Facture ${T1} (${ACTION}) rejetée par la Région le 10/03/2023 : ${MOTIF}.`).waitFor();
    await notifications.getByText(`Facture ${T2} (${ACTION}) validée par la Région le 10/03/2023.`).waitFor();
    await notifications.getByText(/refusée par la Région : Un avenant est nécessaire\./).waitFor();
    await verifierAccessibilite(o, "Accueil — notifications");
    await capturer(o, "notifications-decisions-or5159");
    await ouvrirRubrique(o, "Validation / Facturation", "Validation / Facturation");
    await expect(ligne(o, T1).innerText()).resolves.toContain(`Rejetée par la Région : ${MOTIF}`);
    await expect(ligne(o, T1).getByRole("button", { name: `Ajouter la facture signée de la période ${T1}` }).count()).resolves.toBe(1);
    await o.getByRole("tab", { name: "Suivi des paiements" }).click();
    await expect(ligne(o, T2).innerText()).resolves.toMatch(/MANDAT-2023-001[\s\S]*Validée par la Région/);
    await verifierAccessibilite(o, "Suivi des paiements");
    await capturer(o, "facturation-suivi-paiements");
  });

  it("GR237 sees none of OR5159's invoices, trainees or decisions in these screens", { timeout: 120_000 }, async () => {
    const { p, erreurs } = await page("GR237");
    expect(await menu(p)).not.toContain("Espace Région");
    const secrets = [ACTION, "LOT TEST FORFAIT", "FRANCO", "KOURNIKOVA", "NADAL", "3 175,00", "ORGANISME TEST PRF 23", T1, T2, "MANDAT-2023-001", MOTIF];
    const absents = async (ecran: string) => {
      const texte = await p.getByRole("main").innerText();
      for (const secret of secrets) expect(texte, `${ecran} : ${secret}`).not.toContain(secret);
    };
    await p.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
    await absents("Accueil (notifications)");
    await ouvrirRubrique(p, "Validation / Facturation", "Validation / Facturation");
    for (const onglet of ["Suivi des validations", "A facturer", "Suivi des factures", "Suivi des paiements"]) {
      await p.getByRole("tab", { name: onglet }).click();
      await absents(onglet);
    }
    await verifierAccessibilite(p, "Facturation GR237");
    await capturer(p, "facturation-gr237");
    await ouvrirRubrique(p, "Fermeture", "Fermeture");
    for (const onglet of ["Déclaration des bilans", "Fermeture de l'action"]) {
      await p.getByRole("tab", { name: onglet }).click();
      await absents(onglet);
    }
    await capturer(p, "fermeture-gr237");
    await p.goto(`${stack.shellUrl}/region`);
    await p.getByText("Cette rubrique n'est pas accessible à votre profil.").waitFor();
    expect(erreurs.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
  });
});
