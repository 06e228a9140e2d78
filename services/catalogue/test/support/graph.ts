import { graphql } from "@sigma/stack/support/graphql";
import { expect } from "vitest";

export type Headers = Record<string, string>;

/** Runs `query` and returns its data, failing the test on any error. */
export async function ok<T = any>(url: string, query: string, variables: Record<string, unknown>, headers: Headers): Promise<T> {
  const { body } = await graphql<T>(url, query, variables, headers);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

/** Runs `query` and returns its first error (code and message), failing the test when there is none. */
export async function refused(url: string, query: string, variables: Record<string, unknown>, headers: Headers): Promise<{ code: string; message: string }> {
  const { body } = await graphql(url, query, variables, headers);
  expect(body.errors, "une erreur était attendue").toBeDefined();
  return { code: String(body.errors![0]!.extensions?.code), message: body.errors![0]!.message };
}
