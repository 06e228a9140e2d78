import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { startStack, type Stack } from "@sigma/stack/stack";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The walking skeleton seen by a user: the built shell, served on its own origin, reads its
 * manifest, logs in through the gateway, loads the « Actions de formation » micro-frontend from
 * another origin at run time, and that remote renders one query crossing the three subgraphs
 * (catalogue: action, organisme; execution: statut, stagiaires; finance: factures).
 */
const CHROMIUM = "/usr/bin/chromium";
const repoRoot = path.resolve(import.meta.dirname, "../../..");
const screenshots = path.join(repoRoot, "test-output", "e2e");
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  if (process.env.CI) throw new Error(`${CHROMIUM} est introuvable : installez le paquet Debian « chromium ».`);
  console.warn(`[e2e] ${CHROMIUM} est introuvable : tests de bout en bout ignorés (apt-get install chromium).`);
}

describe.skipIf(!hasChromium)("shell + micro-frontend « Actions de formation » dans Chromium", () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    for (const dist of ["shell/dist/index.html", "actions/dist/remoteEntry.js", "accueil/dist/remoteEntry.js", "ouverture/dist/remoteEntry.js"]) {
      if (!existsSync(path.join(repoRoot, "frontends", dist))) throw new Error(`frontends/${dist} manquant : lancez d'abord le build.`);
    }
    stack = await startStack({ database: "sqlite", frontends: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function connecter(page: Page): Promise<void> {
    await page.goto(`${stack.shellUrl}/`);
    await page.getByLabel("Identifiant").fill("OR5159");
    await page.getByLabel("Mot de passe").fill("sigma-demo");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByText("Bonjour").waitFor();
  }

  it("logs in, loads the remote from another origin and lists the seeded action", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "fr-FR" });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));

    await connecter(page);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Accueil");
    await page.getByRole("navigation").getByRole("link", { name: "Actions de formation" }).click();
    // The home page lists the actions too: wait for the section's own page.
    await page.getByRole("heading", { level: 1, name: "Actions de formation" }).waitFor();
    const ligne = page.getByRole("row").filter({ hasText: "23P0000000_TEST_1" });
    await ligne.waitFor();

    const texte = await ligne.innerText();
    expect(texte).toContain("23P0000000");
    expect(texte).toContain("LOT TEST FORFAIT PARCOURS 2023");
    for (const nom of ["FRANCO", "KOURNIKOVA", "BORG", "NADAL"]) expect(texte).toContain(nom);
    expect(texte).toContain("3 175,00 €");
    expect(texte).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    const enTetes = (await page.getByRole("columnheader").allInnerTexts()).map((t) => t.trim());
    expect(enTetes).toEqual(expect.arrayContaining(["N° Contrat", "N° Action", "Intitulé de l'action", "Statut", "Année", "Stagiaires", "Factures"]));

    // The remote came from its own origin, not the shell's.
    const remoteEntry = stack.remoteUrls.actions!;
    expect(new URL(remoteEntry).origin).not.toBe(new URL(stack.shellUrl).origin);
    expect(requested).toContain(remoteEntry);
    // …and used the shell's React and Apollo Client: it never fetched its own fallback copies.
    const fromRemote = requested.filter((url) => url.startsWith(new URL(remoteEntry).origin));
    expect(fromRemote.some((url) => url.includes("actions-page"))).toBe(true);
    expect(fromRemote.filter((url) => url.includes("__prebuild__"))).toEqual([]);
    expect(errors).toEqual([]);

    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "actions.png"), fullPage: true });
    await page.close();
  });

  it("keeps the rest of the app working while the remote is unreachable, and loads it once it is back", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const remoteOrigin = new URL(stack.remoteUrls.actions!).origin;
    await page.route((url) => url.origin === remoteOrigin, (route) => route.abort("connectionrefused"));

    await connecter(page);
    await page.getByRole("navigation").getByRole("link", { name: "Actions de formation" }).click();
    await page.getByText("Le module « Actions de formation » est indisponible pour le moment.").waitFor();
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "actions-indisponible.png") });

    await page.getByRole("navigation").getByRole("link", { name: "Ouverture" }).click();
    await page.getByRole("heading", { level: 1, name: "Ouverture de l'action" }).waitFor();

    await page.unrouteAll();
    await page.getByRole("navigation").getByRole("link", { name: "Actions de formation" }).click();
    await page.getByRole("row").filter({ hasText: "23P0000000_TEST_1" }).waitFor();
    await page.close();
  });
});
