import type { Locator, Page } from "playwright-core";

/**
 * Filling the OF's forms as a keyboard user would: dates typed into react-aria's segmented date
 * fields (jj/mm/aaaa), lists chosen by their visible label, the confirmation window's « Poursuivre ».
 */
type Portee = Page | Locator;

/** A label as an accessible name, with or without the « * » of required fields. */
const nom = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\*)?$`);

/** A date field by its label: focus its first segment (« jour ») and type the digits, « 02/01/2023 ». */
export async function saisirDate(page: Page, portee: Portee, label: string, date: string): Promise<void> {
  const champ = portee.getByRole("group", { name: nom(label) });
  await champ.getByRole("spinbutton").first().focus();
  await page.keyboard.type(date.replace(/\//g, ""));
}

export function texte(portee: Portee, label: string): Locator {
  return portee.getByRole("textbox", { name: nom(label) });
}

export async function choisir(portee: Portee, label: string, option: string | { index: number }): Promise<void> {
  const liste = portee.getByRole("combobox", { name: nom(label) });
  await liste.selectOption(typeof option === "string" ? { label: option } : option);
}

export async function ouiNon(portee: Portee, question: string, reponse: "oui" | "non"): Promise<void> {
  await portee.getByRole("group", { name: nom(question) }).getByRole("radio", { name: reponse, exact: true }).check();
}

/** « Poursuivre » (or another label) in the open confirmation window, and waits for it to close. */
export async function confirmer(page: Page, bouton = "Poursuivre"): Promise<void> {
  const dialogue = page.getByRole("alertdialog");
  await dialogue.waitFor();
  await dialogue.getByRole("button", { name: bouton, exact: true }).click();
  await dialogue.waitFor({ state: "detached" });
}

export async function message(page: Page, role: "status" | "alert", contenu: string | RegExp): Promise<void> {
  await page.getByRole(role).filter({ hasText: contenu }).first().waitFor();
}
