import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";

/** Debian's Chromium, driven headless by playwright-core (no browser download). */
export const CHROMIUM = "/usr/bin/chromium";
export const repoRoot = path.resolve(import.meta.dirname, "../../../..");
export const screenshots = path.join(repoRoot, "test-output", "e2e");
export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  if (process.env.CI) throw new Error(`${CHROMIUM} est introuvable : installez le paquet Debian « chromium ».`);
  console.warn(`[e2e] ${CHROMIUM} est introuvable : tests de bout en bout ignorés (apt-get install chromium).`);
}

/** The built front ends a test needs, or a clear message. */
export function exigerBuilds(noms: string[]): void {
  for (const nom of noms) {
    const fichier = nom === "shell" ? "shell/dist/index.html" : `${nom}/dist/remoteEntry.js`;
    if (!existsSync(path.join(repoRoot, "frontends", fichier))) throw new Error(`frontends/${fichier} manquant : lancez d'abord le build.`);
  }
}

export function lancerChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

/** A French-speaking page that records every script error and console error it meets. */
export async function nouvellePage(browser: Browser): Promise<{ page: Page; erreurs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: "fr-FR" });
  const erreurs: string[] = [];
  page.on("pageerror", (error) => erreurs.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") erreurs.push(message.text());
  });
  return { page, erreurs };
}

export async function capturer(page: Page, nom: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${nom}.png`), fullPage: true });
}

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Runs axe-core in the page (WCAG 2.0/2.1/2.2 A and AA rules) and fails on any serious or
 * critical violation, naming the rule and the elements.
 */
export async function verifierAccessibilite(page: Page, ecran: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  const graves = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(graves.map((v) => `${ecran} — ${v.id} (${v.impact}) : ${v.help} → ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
}

export async function connecter(page: Page, shellUrl: string, identifiant: string, motDePasse = "sigma-demo"): Promise<void> {
  await page.goto(`${shellUrl}/`);
  await champ(page, "Identifiant").fill(identifiant);
  await champ(page, "Mot de passe").fill(motDePasse);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByText(`Bonjour ${identifiant}`).waitFor();
}

export async function deconnecter(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await page.getByRole("heading", { level: 1, name: "Identification" }).waitFor();
}

/** The labels of the main menu, in order. */
export async function menu(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Menu principal" });
  await nav.waitFor();
  return nav.getByRole("link").allInnerTexts();
}

/** Opens a section from the menu and waits for its micro-frontend's title. */
export async function ouvrirRubrique(page: Page, libelle: string, titre: string): Promise<void> {
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: libelle, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: titre, exact: true }).waitFor();
  // Every loader of the page gone (a section may show several at once).
  await expect.poll(() => page.getByRole("status").filter({ hasText: "Chargement" }).count(), { timeout: 30_000 }).toBe(0);
}

/** A text or password field by its accessible name (its label without the « * » of required fields). */
export function champ(page: Page, nom: string) {
  return page.getByRole("textbox", { name: nom, exact: true });
}
