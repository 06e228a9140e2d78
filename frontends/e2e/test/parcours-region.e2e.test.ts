import { readFileSync } from "node:fs";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, entetes, horlogeSur, saisirDate, type Entetes } from "./support/graphe.js";
import { capturer, connecter, exigerBuilds, hasChromium, lancerChromium, menu, nouvellePage, ouvrirRubrique, verifierAccessibilite } from "./support/navigateur.js";

/**
 * The Région's journey in Chromium against the whole stack, on 10/03/2023 (SIGMA_NOW, and the
 * browser's clock). OR5159's second quarter is prepared through the graph and the gateway's
 * binary upload (the OF's own screens for it are parcours-of.e2e): hours of December to February,
 * exits, confirmations, the invoice emitted, its signed PDF deposited, a date request emitted.
 * The Région refuses the request with observations, validates that invoice, rejects the first
 * with a reason and records a payment; the OF sees both decisions in « Suivi des factures » /
 * « Suivi des paiements » and in the notification area; GR237 then sees none of OR5159's data in
 * any screen of its menu, nor through addresses of OR5159's objects. axe-core on every screen,
 * screenshots in test-output/e2e.
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

describe.skipIf(!hasChromium)("Parcours de la Région dans Chromium : demandes, factures validée et rejetée, paiement ; ce que voient les organismes", () => {
  let stack: Stack;
  let browser: Browser;
  let of: Entetes;
  let stagiaires: Record<string, string>;
  let actionId: string;

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
    // The second quarter emitted and its signed PDF deposited as the OF's screen does it (raw bytes).
    await api(stack.gatewayUrl, of, `mutation ($i: EmettreFactureInput!) { emettreFacture(input: $i) { id } }`, {
      i: { actionId: action.id, type: "ACOMPTE", moisDebut: "2022-12", moisFin: "2023-02", confirmation: true, cleIdempotence: `e2e-region-${action.id}` },
    });
    const { action: emise } = await api(stack.gatewayUrl, of, `{ action(numero: "${ACTION}") { factures { id periode nomFichierAttendu pdf { contenuBase64 } } } }`);
    const t2 = emise.factures.find((f: { periode: string }) => f.periode === T2);
    const depot = await fetch(`${stack.gatewayUrl.replace(/\/graphql$/, "")}/televersements/facture-signee?factureId=${t2.id}&nomFichier=${encodeURIComponent(t2.nomFichierAttendu)}`, {
      method: "POST",
      headers: { ...of, "content-type": "application/pdf" },
      body: Buffer.from(t2.pdf.contenuBase64, "base64"),
    });
    expect(depot.status, await depot.clone().text()).toBe(200);
    actionId = action.id;
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

  it("Région: validates one invoice, rejects another with a reason, records a payment; the OF sees both decisions", { timeout: 240_000 }, async () => {
    const { p, erreurs } = await page("REGION");
    // Its menu's other sections: the home page and every organisme's actions.
    expect(await menu(p)).toEqual(["Accueil", "Actions de formation", "Espace Région"]);
    await p.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
    await verifierAccessibilite(p, "Accueil — Région");
    await capturer(p, "region-accueil");
    await ouvrirRubrique(p, "Actions de formation", "Actions de formation");
    await ligne(p, ACTION).waitFor();
    await ligne(p, "23C00390257_1").waitFor();
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

  it("GR237 sees none of OR5159's actions, trainees, hours, invoices or decisions in any screen of its menu, nor at their addresses", { timeout: 240_000 }, async () => {
    const { p, erreurs } = await page("GR237");
    expect(await menu(p)).toEqual(["Accueil", "Actions de formation", "Ouverture", "Inscription", "Suivi des réalisations", "Validation / Facturation", "Fermeture"]);
    const secrets = [ACTION, "23P0000000", "LOT TEST FORFAIT", "FRANCO", "KOURNIKOVA", "BORG", "NADAL", "3 175,00", "ORGANISME TEST PRF 23", "OR5159", T1, T2, "MANDAT-2023-001", MOTIF, "Fin anticipée", "Un avenant est nécessaire"];
    const absents = async (ecran: string, tape: string[] = []) => {
      await expect.poll(() => p.getByRole("status").filter({ hasText: "Chargement" }).count(), { timeout: 30_000 }).toBe(0);
      const texte = await p.locator("body").innerText();
      for (const secret of secrets.filter((s) => !tape.includes(s))) expect(texte, `${ecran} : ${secret}`).not.toContain(secret);
    };
    // Every section of the menu, every tab: GR237's own action is there, nothing of OR5159's.
    await p.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
    await p.getByRole("row").filter({ hasText: "23C00390257_1" }).first().waitFor();
    await absents("Accueil (notifications, indicateurs, liste)");
    const rubriques: [string, string, string[]][] = [
      ["Actions de formation", "Actions de formation", []],
      ["Ouverture", "Ouverture de l'action", []],
      ["Inscription", "Inscription des stagiaires", []],
      ["Suivi des réalisations", "Suivi des réalisations", []],
      ["Validation / Facturation", "Validation / Facturation", ["Suivi des validations", "A facturer", "Suivi des factures", "Suivi des paiements"]],
      ["Fermeture", "Fermeture", ["Déclaration des bilans", "Fermeture de l'action"]],
    ];
    for (const [libelle, titre, onglets] of rubriques) {
      await ouvrirRubrique(p, libelle, titre);
      await absents(libelle);
      for (const onglet of onglets) {
        await p.getByRole("tab", { name: onglet }).click();
        await absents(`${libelle} — ${onglet}`);
      }
    }
    await ouvrirRubrique(p, "Actions de formation", "Actions de formation");
    await p.getByRole("row").filter({ hasText: "23C00390257_1" }).waitFor();
    await verifierAccessibilite(p, "Actions de formation GR237");
    await capturer(p, "isolation-actions-gr237");

    // OR5159's objects at their addresses (a bookmark, a guessed id): answered like missing ones.
    const fiche = stagiaires.FRANCO!;
    const adresses: [string, RegExp][] = [
      [`/actions/${ACTION}`, /introuvable|n'existe pas|Aucune action/i],
      [`/actions/${ACTION}/demandes/1`, /introuvable|n'existe pas|Aucune/i],
      [`/ouverture/${ACTION}`, /introuvable|n'existe pas|Aucune action/i],
      [`/inscription/action/${actionId}/nouveau`, /introuvable|n'existe pas|Aucune action/i],
      [`/inscription/action/${actionId}/stagiaire/${fiche}`, /introuvable|n'existe pas|Aucun/i],
      [`/inscription/action/${actionId}/import`, /introuvable|n'existe pas|Aucune action/i],
      [`/suivi/${actionId}/2023-01/${fiche}`, /introuvable/i],
    ];
    for (const [chemin, refus] of adresses) {
      await p.goto(`${stack.shellUrl}${chemin}`);
      await p.getByText(refus).first().waitFor();
      // The number typed in the address may be echoed back (« Action introuvable : … »), nothing else.
      await absents(chemin, [ACTION, "23P0000000"]);
    }
    await capturer(p, "isolation-adresse-gr237");
    await p.goto(`${stack.shellUrl}/region`);
    await p.getByText("Cette rubrique n'est pas accessible à votre profil.").waitFor();
    expect(erreurs.filter((e) => !/Failed to load resource|status of 4\d\d/.test(e))).toEqual([]);
  });
});
