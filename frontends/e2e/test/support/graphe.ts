import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import type { Page } from "playwright-core";
import { expect } from "vitest";

export type Entetes = Record<string, string>;

/** A demo account's Authorization header, through the gateway. */
export const entetes = (gatewayUrl: string, identifiant: string): Promise<Entetes> => login(gatewayUrl, identifiant);

/** Runs an operation through the gateway (state prepared for a journey) and returns its data; any error fails the test. */
export async function api<T = Record<string, any>>(gatewayUrl: string, headers: Entetes, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await graphql<T>(gatewayUrl, query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/**
 * The browser's clock on the stack's SIGMA_NOW: the forms' checks (« ne peut être postérieure à
 * aujourd'hui ») and the notifications' deadlines then use the same day as the services.
 */
export async function horlogeSur(page: Page, instant: string): Promise<void> {
  await page.clock.setFixedTime(new Date(instant));
}

/** Types a date into a react-aria date field (jj/mm/aaaa) by its day segment inside `portee`. */
export async function saisirDate(page: Page, jjmmaaaa: string, portee: ReturnType<Page["locator"]> | Page = page): Promise<void> {
  await portee.getByRole("spinbutton", { name: /jour/i }).first().focus();
  await page.keyboard.type(jjmmaaaa.replace(/\//g, ""));
}
