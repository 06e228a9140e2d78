import { readFileSync } from "node:fs";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturer, connecter, deconnecter, exigerBuilds, hasChromium, lancerChromium, nouvellePage, verifierAccessibilite } from "./support/navigateur.js";

/**
 * Issue 8 in Chromium: the Région opens its dashboard, changes a filter (the URL follows),
 * drills down to the actions behind a figure and exports a table as CSV (its content checked
 * against the graph's own figures); an organisme sees its own figures only, on its Accueil.
 */
describe.skipIf(!hasChromium)("tableau de bord (Espace Région et Accueil d'un organisme) dans Chromium", () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    exigerBuilds(["shell", "accueil", "region"]);
    stack = await startStack({ database: "sqlite", frontends: true, env: { SIGMA_INDICATEURS_SYNCHRO_MS: "0" } });
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const tuile = (page: Page, id: string) => page.locator(`[data-indicateur="${id}"] .sigma-tuile__valeur`);

  it("the Région filters (URL), drills down and exports a CSV that matches the graph", async () => {
    const { page, erreurs } = await nouvellePage(browser);
    await connecter(page, stack.shellUrl, "REGION");
    await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link", { name: "Espace Région", exact: true }).click();
    await page.getByRole("link", { name: "Tableau de bord" }).click();
    await page.waitForURL(/\/region\?espace=tableau-de-bord/);
    await page.getByRole("heading", { name: "Tableau de bord de la Région" }).waitFor();
    await tuile(page, "actions").waitFor();
    expect(await tuile(page, "actions").innerText()).toBe("2");
    await page.locator("figure.sigma-graphique svg").first().waitFor();
    await verifierAccessibilite(page, "tableau de bord de la Région");
    await capturer(page, "tableau-de-bord-region");

    // A filter: the URL carries it (a shareable view) and the figures follow.
    await page.getByLabel("Département").fill("34");
    await page.getByRole("button", { name: "Appliquer" }).click();
    await page.waitForURL(/departement=34/);
    await expect.poll(() => tuile(page, "actions").innerText()).toBe("1");

    // Drill down from the breakdown to the actions behind the figure.
    await page.getByRole("button", { name: "Voir les actions du dispositif PROJET PRO 2023" }).click();
    await page.waitForURL(/vue=actions/);
    expect(page.url()).toContain(`dispositif=${encodeURIComponent("PROJET PRO 2023").replace(/%20/g, "+")}`);
    const ligne = page.getByRole("row").filter({ hasText: "23P0000000_TEST_1" });
    await ligne.waitFor();
    expect(await page.getByRole("row").filter({ hasText: "23C00390257_1" }).count()).toBe(0);
    await capturer(page, "tableau-de-bord-region-detail");

    // The same view, opened from its link, shows the same thing.
    const lien = page.url();
    await page.goto(lien);
    await page.getByRole("row").filter({ hasText: "23P0000000_TEST_1" }).waitFor();

    // Export, and compare with the graph's figures for the same filter.
    const [telechargement] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en CSV : réalisation par action" }).click()]);
    expect(telechargement.suggestedFilename()).toBe("indicateurs-region-realisation-par-action.csv");
    const csv = readFileSync((await telechargement.path())!, "utf8");
    const region = await login(stack.gatewayUrl, "REGION");
    const { body } = await graphql<{ indicateurs: { realisationParAction: { action: { numero: string; intitule: string }; heuresRealisees: string; heuresContractualisees: string; tauxRealisation: string | null }[] } }>(
      stack.gatewayUrl,
      `query ($f: FiltreIndicateurs!) { indicateurs(filtre: $f) { realisationParAction { action { numero intitule } heuresRealisees heuresContractualisees tauxRealisation } } }`,
      { f: { departement: "34", dispositif: "PROJET PRO 2023" } },
      region,
    );
    const [r] = body.data!.indicateurs.realisationParAction;
    const virgule = (v: string | null) => (v ?? "").replace(".", ",");
    expect(csv).toBe(
      "\uFEFFN° Action;Intitulé;Statut;Heures réalisées;Heures contractualisées;Taux de réalisation (%)\r\n" +
        `${r!.action.numero};${r!.action.intitule};En cours;${virgule(r!.heuresRealisees)};${virgule(r!.heuresContractualisees)};${virgule(r!.tauxRealisation)}\r\n`,
    );
    expect(r!.heuresRealisees).toMatch(/^\d+\.\d\d$/);
    expect(erreurs).toEqual([]);
    await deconnecter(page);
    await page.close();
  });

  it("an organisme reads its own figures only, on its Accueil", async () => {
    const { page, erreurs } = await nouvellePage(browser);
    await connecter(page, stack.shellUrl, "GR237");
    await page.getByRole("heading", { name: "Mes indicateurs" }).waitFor();
    await tuile(page, "actions").waitFor();
    expect(await tuile(page, "actions").innerText()).toBe("1");
    // No organisme filter for an organisme: the graph forces its own.
    expect(await page.getByLabel("Organisme (identifiant)").count()).toBe(0);
    await verifierAccessibilite(page, "mes indicateurs (organisme)");
    await capturer(page, "tableau-de-bord-organisme");
    await page.getByRole("button", { name: "Détail par action" }).click();
    await page.waitForURL(/vue=actions/);
    // The Accueil also lists the organisme's actions below: read the dashboard's own section.
    const mesIndicateurs = page.getByRole("region", { name: "Mes indicateurs" });
    await mesIndicateurs.getByRole("row").filter({ hasText: "23C00390257_1" }).waitFor();
    expect(await page.getByRole("row").filter({ hasText: "23P0000000_TEST_1" }).count()).toBe(0);
    expect(erreurs).toEqual([]);
    await page.close();
  });
});
