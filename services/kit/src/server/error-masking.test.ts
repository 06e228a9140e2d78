import { GraphQLError } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { badInput } from "../errors/errors.js";
import { initLogger } from "../logging/logger.js";
import { maskErrors } from "./error-masking.js";

describe("error masking", () => {
  const format = maskErrors("test");
  const logged: string[] = [];
  initLogger("test", { destination: { write: (line: string) => logged.push(line) } });
  afterAll(() => initLogger("sigma"));

  it("passes a refused input through with its code and French message, without a stack", () => {
    const error = badInput("Le code postal doit compter 5 chiffres.", "codePostal");
    const formatted = format({ message: error.message, extensions: { code: "BAD_USER_INPUT", champ: "codePostal", stacktrace: ["at x"] } }, error);
    expect(formatted).toEqual({ message: "Le code postal doit compter 5 chiffres.", extensions: { code: "BAD_USER_INPUT", champ: "codePostal" } });
  });

  it("masks anything else behind a reference that the server logs, with no SQL and no stack", () => {
    const sqlError = new Error("ER_NO_SUCH_TABLE: Table 'sigma_finance.facture' doesn't exist");
    const wrapped = new GraphQLError(sqlError.message, { originalError: sqlError });
    const formatted = format({ message: sqlError.message, path: ["actions"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at db"] } }, wrapped);
    expect(formatted.message).toMatch(/^Erreur interne\. Référence : [A-Z0-9]{4,}\.$/);
    expect(JSON.stringify(formatted)).not.toMatch(/ER_NO_SUCH_TABLE|sigma_finance|stacktrace/);
    const reference = formatted.extensions?.reference as string;
    expect(logged.join("")).toContain(reference);
    expect(logged.join("")).toContain("ER_NO_SUCH_TABLE");
  });

  it("says Apollo's own refusals in French", () => {
    const csrf = format({ message: "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).", extensions: { code: "BAD_REQUEST" } }, new Error());
    expect(csrf.message).toMatch(/protection CSRF/);
  });
});
