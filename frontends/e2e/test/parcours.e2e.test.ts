import { gzipSync } from "node:zlib";
import { startStack, type Stack } from "@sigma/stack/stack";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  capturer,
  champ,
  connecter,
  deconnecter,
  exigerBuilds,
  hasChromium,
  lancerChromium,
  menu,
  nouvellePage,
  ouvrirRubrique,
  verifierAccessibilite,
} from "./support/navigateur.js";

/**
 * The users' journeys that the graph allows today, in Chromium against the whole stack: the
 * menu of each role with every section loaded from its own micro-frontend, the home page's
 * indicators, the OF's isolation, « Modifier votre compte », « Mot de passe oublié » with the
 * mailed link, a missing micro-frontend; axe-core on every main screen; the login page's weight.
 */
const REMOTES = ["accueil", "actions", "ouverture", "inscription", "suivi", "facturation", "fermeture", "region"];
const MENU_OF = ["Accueil", "Actions de formation", "Ouverture", "Inscription", "Suivi des réalisations", "Validation / Facturation", "Fermeture"];
/** Menu label → the h1 of its page. */
const TITRES: Record<string, string> = {
  Accueil: "Accueil",
  "Actions de formation": "Actions de formation",
  Ouverture: "Ouverture de l'action",
  Inscription: "Inscription des stagiaires",
  "Suivi des réalisations": "Suivi des réalisations",
  "Validation / Facturation": "Validation / Facturation",
  Fermeture: "Fermeture",
  "Espace Région": "Espace Région",
};
/** The home page's counters of one panel (« Mes actions »), once it is there. */
async function indicateurs(p: Page, panneau: string): Promise<string[]> {
  const region = p.getByRole("region", { name: panneau });
  await region.getByRole("listitem").first().waitFor();
  return region.getByRole("listitem").allInnerTexts();
}
const NOUVEAU_MOT_DE_PASSE = "nouveau-Mot-de-passe-2026";

describe.skipIf(!hasChromium)("SIGMA-graph dans Chromium : rôles, rubriques, compte, accessibilité", () => {
  let stack: Stack;
  let browser: Browser;
  const pages: Page[] = [];

  beforeAll(async () => {
    exigerBuilds(["shell", ...REMOTES]);
    stack = await startStack({ database: "sqlite", frontends: true });
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function page(): Promise<{ page: Page; erreurs: string[] }> {
    const nouvelle = await nouvellePage(browser);
    pages.push(nouvelle.page);
    return nouvelle;
  }

  it("serves the login page with at most 200 kB of gzipped JavaScript, accessible", async () => {
    const { page: p, erreurs } = await page();
    const scripts = new Map<string, number>();
    p.on("response", async (response) => {
      if (new URL(response.url()).pathname.endsWith(".js")) scripts.set(response.url(), gzipSync(await response.body()).length);
    });
    await p.goto(`${stack.shellUrl}/`);
    await p.getByRole("heading", { level: 1, name: "Identification" }).waitFor();
    await p.waitForLoadState("networkidle");
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    console.info(`[e2e] page d'identification : ${scripts.size} scripts, ${(total / 1024).toFixed(1)} ko de JavaScript compressé (gzip)`);
    expect(total).toBeGreaterThan(50 * 1024);
    expect(total).toBeLessThanOrEqual(200 * 1024);
    // Nothing of the component library (~90 kB) or the chart library (~92 kB) before they are needed.
    expect([...scripts.keys()].filter((url) => /aria|recharts/.test(url))).toEqual([]);

    await verifierAccessibilite(p, "Identification");
    await capturer(p, "identification");
    // The keyboard reaches the skip link first, then the fields in order.
    await p.keyboard.press("Tab");
    await expect(p.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).resolves.toBe(
      "Aller au contenu",
    );
    await champ(p, "Identifiant").fill("OR5159");
    await champ(p, "Mot de passe").fill("mauvais-mot-de-passe");
    await p.getByRole("button", { name: "Se connecter" }).click();
    await p.getByRole("alert").filter({ hasText: "Identifiant ou mot de passe incorrect." }).waitFor();
    expect(erreurs.filter((e) => !e.includes("401") && !e.includes("Failed to load resource"))).toEqual([]);
  });

  it("gives OR5159 its menu, each section from its own micro-frontend, the home indicators and notifications, accessible", { timeout: 180_000 }, async () => {
    const { page: p, erreurs } = await page();
    const requetes: string[] = [];
    p.on("request", (request) => requetes.push(request.url()));
    await connecter(p, stack.shellUrl, "OR5159");
    expect(await menu(p)).toEqual(MENU_OF);
    await expect(p.getByRole("banner").innerText()).resolves.toContain("ORGANISME TEST PRF 23");

    // Accueil (seed 003): MES ACTIONS and INDICATEURS DE SUIVI from the graph's tableauDeBord.
    await p.getByRole("heading", { level: 1, name: "Accueil" }).waitFor();
    await expect(indicateurs(p, "Mes actions")).resolves.toEqual([
      "Actions en attente d'ouverture\n0",
      "Actions en cours\n1",
      "Actions en retard de fermeture\n1",
    ]);
    const suivi = await indicateurs(p, "Indicateurs de suivi");
    expect(suivi).toHaveLength(2);
    expect(suivi[0]).toMatch(/^Inscriptions en attente\n\d+$/);
    expect(suivi[1]).toMatch(/^Déclarations de réalisations en attente\n\d+$/);
    // The home page's own chart (« Mes indicateurs » below it draws charts of its own).
    await p.getByRole("figure", { name: "Répartition des actions par statut" }).locator("svg.recharts-surface").first().waitFor();
    await p.getByRole("region", { name: "Notifications" }).getByText("1 action en retard de fermeture : la date de fin prévue est dépassée.").waitFor();
    await verifierAccessibilite(p, "Accueil");
    await capturer(p, "accueil-or5159");

    for (const libelle of MENU_OF.slice(1)) {
      await ouvrirRubrique(p, libelle, TITRES[libelle]!);
      await expect(p.getByText(/est indisponible pour le moment/).count()).resolves.toBe(0);
      await verifierAccessibilite(p, libelle);
      await capturer(p, `rubrique-${libelle.toLowerCase().replace(/[^a-zé]+/g, "-")}`);
    }

    // What each section shows from the graph today.
    await ouvrirRubrique(p, "Actions de formation", "Actions de formation");
    await p.getByRole("row").filter({ hasText: "23P0000000_TEST_1" }).waitFor();
    await ouvrirRubrique(p, "Inscription", "Inscription des stagiaires");
    const stagiaires = await p.getByRole("grid", { name: "Stagiaires déclarés pour l'action 23P0000000_TEST_1" }).getByRole("rowheader").allInnerTexts();
    expect(stagiaires).toEqual(["BORG", "FRANCO", "KOURNIKOVA", "NADAL"]);
    // Sorting from the keyboard: Entrée on the « Nom » header reverses the order.
    await p.getByRole("columnheader", { name: "Nom", exact: true }).first().focus();
    await p.keyboard.press("Enter");
    await expect(p.getByRole("columnheader", { name: "Nom", exact: true }).first().getAttribute("aria-sort")).resolves.toBe("descending");
    await expect(p.getByRole("grid").first().getByRole("rowheader").allInnerTexts()).resolves.toEqual(["NADAL", "KOURNIKOVA", "FRANCO", "BORG"]);
    await ouvrirRubrique(p, "Suivi des réalisations", "Suivi des réalisations");
    const realise = p.getByRole("table", { name: /^Tableau récapitulatif du réalisé horaire de l'action 23P0000000_TEST_1/ });
    await expect(realise.getByRole("columnheader").allInnerTexts()).resolves.toContain("Saisie horaire");
    await ouvrirRubrique(p, "Validation / Facturation", "Validation / Facturation");
    await expect(p.getByRole("tab").allInnerTexts()).resolves.toEqual(["Suivi des validations", "A facturer", "Suivi des factures", "Suivi des paiements"]);
    const facture = p.getByRole("row").filter({ hasText: "Septembre 2022 - Novembre 2022" });
    await expect(facture.innerText()).resolves.toContain("3 175,00 €");
    // Tabs move with the arrow keys.
    await p.getByRole("tab", { name: "Suivi des factures" }).focus();
    await p.keyboard.press("ArrowRight");
    await expect(p.getByRole("tab", { name: "Suivi des paiements" }).getAttribute("aria-selected")).resolves.toBe("true");
    await p.getByRole("tab", { name: "Suivi des paiements" }).getByText("Suivi des paiements").waitFor();
    await p.getByText("Aucune facture validée ni payée.").waitFor();
    await ouvrirRubrique(p, "Ouverture", "Ouverture de l'action");
    await p.getByText("Aucune action en attente d'ouverture.").waitFor();

    // Every section came from its own origin and used the shell's React, Apollo Client and router.
    for (const remote of REMOTES.filter((r) => r !== "region")) expect(requetes).toContain(stack.remoteUrls[remote]);
    const depuisRemotes = requetes.filter((url) => REMOTES.some((r) => url.startsWith(new URL(stack.remoteUrls[r]!).origin)));
    expect(depuisRemotes.filter((url) => /__prebuild__(react|_mf_0_apollo)/.test(url))).toEqual([]);
    // The component library came once, from the shell, whatever the number of sections using it.
    const bibliotheque = requetes.filter((url) => /aria/.test(url));
    expect(bibliotheque).toHaveLength(1);
    expect(new URL(bibliotheque[0]!).origin).toBe(new URL(stack.shellUrl).origin);
    expect(erreurs).toEqual([]);
  });

  it("gives the Région and the CARIF their own menus; a section outside a role's menu says so", { timeout: 120_000 }, async () => {
    const { page: p, erreurs } = await page();
    await connecter(p, stack.shellUrl, "REGION");
    expect(await menu(p)).toEqual(["Accueil", "Actions de formation", "Espace Région"]);
    await expect(indicateurs(p, "Actions de formation")).resolves.toEqual([
      "Actions en attente d'ouverture\n1",
      "Actions en cours\n1",
      "Actions en retard de fermeture\n1",
    ]);
    await ouvrirRubrique(p, "Espace Région", "Espace Région");
    await expect(p.getByRole("tab").allInnerTexts()).resolves.toEqual(["Demandes de modification", "Factures à valider", "Paiements"]);
    await verifierAccessibilite(p, "Espace Région");
    await p.getByRole("tab", { name: "Factures à valider" }).click();
    const facture = p.getByRole("row").filter({ hasText: "Septembre 2022 - Novembre 2022" });
    await expect(facture.innerText()).resolves.toContain("ORGANISME TEST PRF 23 (OR5159)");
    await verifierAccessibilite(p, "Espace Région — factures");
    await capturer(p, "region-factures");
    await ouvrirRubrique(p, "Actions de formation", "Actions de formation");
    await p.getByRole("row").filter({ hasText: "23C00390257_1" }).waitFor();
    await p.getByRole("row").filter({ hasText: "23P0000000_TEST_1" }).waitFor();
    await p.goto(`${stack.shellUrl}/facturation`);
    await p.getByText("Cette rubrique n'est pas accessible à votre profil.").waitFor();
    await deconnecter(p);

    await connecter(p, stack.shellUrl, "CARIF");
    expect(await menu(p)).toEqual(["Accueil", "Actions de formation"]);
    await p.getByRole("region", { name: "Actions de formation" }).waitFor();
    await expect(p.getByRole("region", { name: "Indicateurs de suivi" }).count()).resolves.toBe(0);
    await verifierAccessibilite(p, "Accueil CARIF");
    await capturer(p, "accueil-carif");
    await p.goto(`${stack.shellUrl}/region`);
    await p.getByText("Cette rubrique n'est pas accessible à votre profil.").waitFor();
    expect(erreurs).toEqual([]);
  });

  it("shows GR237 none of OR5159's actions, trainees or invoices, and its action to open", { timeout: 120_000 }, async () => {
    const { page: p, erreurs } = await page();
    await connecter(p, stack.shellUrl, "GR237");
    expect(await menu(p)).toEqual(MENU_OF);
    await expect(indicateurs(p, "Mes actions")).resolves.toEqual([
      "Actions en attente d'ouverture\n1",
      "Actions en cours\n0",
      "Actions en retard de fermeture\n0",
    ]);
    await p.getByRole("region", { name: "Notifications" }).getByText("1 action en attente d'ouverture").waitFor();
    for (const [libelle, titre] of [
      ["Actions de formation", "Actions de formation"],
      ["Inscription", "Inscription des stagiaires"],
      ["Validation / Facturation", "Validation / Facturation"],
      ["Fermeture", "Fermeture"],
    ] as const) {
      await ouvrirRubrique(p, libelle, titre);
      const texte = await p.getByRole("main").innerText();
      for (const secret of ["23P0000000_TEST_1", "LOT TEST FORFAIT", "FRANCO", "KOURNIKOVA", "NADAL", "3 175,00", "ORGANISME TEST PRF 23"]) expect(texte).not.toContain(secret);
    }

    // Ouverture: its AO action, then the opening form, checked as the server checks it.
    await ouvrirRubrique(p, "Ouverture", "Ouverture de l'action");
    await p.getByRole("link", { name: "Ouvrir l'action 23C00390257_1" }).click();
    await p.getByRole("heading", { name: "Détail de l'ouverture" }).waitFor();
    const jour = p.getByRole("spinbutton", { name: /jour/i });
    await jour.focus();
    await p.keyboard.type("05012023");
    await expect(p.getByRole("group", { name: /Date de début réelle/ }).innerText()).resolves.toMatch(/05\s*\/\s*01\s*\/\s*2023/);
    await p.getByRole("button", { name: "Valider le formulaire" }).click();
    await p.getByText("Pour une action collective, la date de début réelle (05/01/2023) doit être la date de début prévue (02/01/2023)", { exact: false }).waitFor();
    await verifierAccessibilite(p, "Détail de l'ouverture");
    await capturer(p, "ouverture-detail-gr237");
    expect(erreurs).toEqual([]);
  });

  it("« Modifier votre compte »: the client's checks, the server's refusal, then the green confirmation", { timeout: 90_000 }, async () => {
    const { page: p } = await page();
    await connecter(p, stack.shellUrl, "GR237");
    await p.getByRole("link", { name: "Modifier votre compte" }).click();
    await p.getByRole("heading", { level: 1, name: "Modifier votre compte" }).waitFor();
    await verifierAccessibilite(p, "Modifier votre compte");
    const enregistrer = p.getByRole("button", { name: "Enregistrer" });

    await champ(p, "Mot de passe").fill("court");
    await champ(p, "Confirmation du mot de passe").fill("court");
    await champ(p, "Code postal").fill("3150");
    await enregistrer.click();
    await p.getByText("Le mot de passe doit compter au moins 10 caractères.").waitFor();
    await p.getByText("Le code postal doit compter 5 chiffres.").waitFor();
    await expect(champ(p, "Code postal").getAttribute("aria-invalid")).resolves.toBe("true");
    await champ(p, "Mot de passe").fill("assez-long-mais-different");
    await enregistrer.click();
    await p.getByText("La confirmation ne correspond pas au mot de passe.").waitFor();
    await verifierAccessibilite(p, "Modifier votre compte — erreurs");
    await capturer(p, "modifier-compte-erreurs");

    // The server's refusal: an identifiant already taken.
    await champ(p, "Mot de passe").fill("");
    await champ(p, "Confirmation du mot de passe").fill("");
    await champ(p, "Code postal").fill("31500");
    await champ(p, "Identifiant").fill("OR5159");
    await enregistrer.click();
    await p.getByRole("alert").filter({ hasText: "Cet identifiant est déjà utilisé : choisissez-en un autre." }).waitFor();

    await champ(p, "Identifiant").fill("GR237");
    await champ(p, "Ville").fill("Toulouse");
    await enregistrer.click();
    await p.getByRole("status").filter({ hasText: "Votre compte a été modifié." }).waitFor();
    await capturer(p, "modifier-compte-succes");
    await p.reload();
    await champ(p, "Ville").waitFor();
    await expect(champ(p, "Ville").inputValue()).resolves.toBe("TOULOUSE");
    await expect(champ(p, "Code postal").inputValue()).resolves.toBe("31500");
  });

  it("« Mot de passe oublié »: unknown address refused, known one mailed, the link sets a new password", { timeout: 90_000 }, async () => {
    const { page: p } = await page();
    await p.goto(`${stack.shellUrl}/`);
    await p.getByRole("link", { name: "Mot de passe oublié" }).click();
    await p.getByRole("heading", { level: 1, name: "Mot de passe oublié" }).waitFor();
    await verifierAccessibilite(p, "Mot de passe oublié");
    await champ(p, "Adresse électronique").fill("inconnu@nulle-part.example");
    await p.getByRole("button", { name: "Envoyer" }).click();
    await p.getByRole("alert").filter({ hasText: "Cette adresse électronique n'existe pas dans l'annuaire des utilisateurs." }).waitFor();
    await capturer(p, "mot-de-passe-oublie-refus");
    await champ(p, "Adresse électronique").fill("formation@greta-hg.example");
    await p.getByRole("button", { name: "Envoyer" }).click();
    await p.getByRole("status").filter({ hasText: "Un courrier électronique vous a été envoyé" }).waitFor();
    await capturer(p, "mot-de-passe-oublie-envoye");

    let jeton: string | undefined;
    for (let essai = 0; essai < 50 && !jeton; essai++) {
      jeton = /reinitialisation\?jeton=([A-Za-z0-9_-]+)/.exec(stack.logs("catalogue"))?.[1];
      if (!jeton) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(jeton).toBeDefined();
    await p.goto(`${stack.shellUrl}/reinitialisation?jeton=${jeton}`);
    await p.getByRole("heading", { level: 1, name: "Nouveau mot de passe" }).waitFor();
    await verifierAccessibilite(p, "Réinitialisation");
    await champ(p, "Nouveau mot de passe").fill("court");
    await champ(p, "Confirmation du mot de passe").fill("court");
    await p.getByRole("button", { name: "Enregistrer" }).click();
    await p.getByText("Le mot de passe doit compter au moins 10 caractères.").waitFor();
    await champ(p, "Nouveau mot de passe").fill(NOUVEAU_MOT_DE_PASSE);
    await champ(p, "Confirmation du mot de passe").fill(NOUVEAU_MOT_DE_PASSE);
    await p.getByRole("button", { name: "Enregistrer" }).click();
    await p.getByRole("status").filter({ hasText: "Votre mot de passe a été modifié." }).waitFor();
    await capturer(p, "reinitialisation-faite");

    // The link works once.
    await p.goto(`${stack.shellUrl}/reinitialisation?jeton=${jeton}`);
    await champ(p, "Nouveau mot de passe").fill(NOUVEAU_MOT_DE_PASSE);
    await champ(p, "Confirmation du mot de passe").fill(NOUVEAU_MOT_DE_PASSE);
    await p.getByRole("button", { name: "Enregistrer" }).click();
    await p.getByRole("alert").filter({ hasText: "Ce lien de réinitialisation est invalide ou expiré : refaites une demande." }).waitFor();

    // The old password no longer opens the account; the new one does.
    await p.goto(`${stack.shellUrl}/`);
    await champ(p, "Identifiant").fill("GR237");
    await champ(p, "Mot de passe").fill("sigma-demo");
    await p.getByRole("button", { name: "Se connecter" }).click();
    await p.getByRole("alert").filter({ hasText: "Identifiant ou mot de passe incorrect." }).waitFor();
    await connecter(p, stack.shellUrl, "GR237", NOUVEAU_MOT_DE_PASSE);
    await deconnecter(p);
  });

  it("shows a clear message for a micro-frontend that is unreachable or missing, and the rest keeps working", { timeout: 90_000 }, async () => {
    const { page: p } = await page();
    // The manifest as a broken deployment would serve it: « inscription » at a dead address, « suivi » absent.
    await p.route(`${stack.shellUrl}/manifest.json`, async (route) => {
      const remotes: Record<string, string> = { ...stack.remoteUrls, inscription: "http://127.0.0.1:9/remoteEntry.js" };
      delete remotes.suivi;
      await route.fulfill({ json: { gateway: stack.gatewayUrl, remotes } });
    });
    await connecter(p, stack.shellUrl, "OR5159");
    await p.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Inscription" }).click();
    await p.getByText("Le module « Inscription » est indisponible pour le moment.").waitFor({ timeout: 30_000 });
    await verifierAccessibilite(p, "Module indisponible");
    await capturer(p, "module-indisponible");
    await p.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Suivi des réalisations" }).click();
    await p.getByText("Le module « Suivi des réalisations » est indisponible pour le moment.").waitFor();
    await ouvrirRubrique(p, "Actions de formation", "Actions de formation");
    await p.getByRole("row").filter({ hasText: "23P0000000_TEST_1" }).waitFor();
  });
});
