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

  it("tells a client to try again when the database is away or rolled the transaction back, without details", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:3306"), { code: "ECONNREFUSED", errno: -111 });
    const lost = Object.assign(new Error("Query failed"), { driverError: Object.assign(new Error("Connection lost: The server closed the connection."), { code: "PROTOCOL_CONNECTION_LOST" }) });
    for (const cause of [refused, lost]) {
      const formatted = format({ message: cause.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, new GraphQLError(cause.message, { originalError: cause }));
      expect(formatted.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(formatted.message).toBe("La base de données est momentanément indisponible : réessayez dans quelques instants.");
      expect(JSON.stringify(formatted)).not.toMatch(/3306|ECONNREFUSED|Connection lost/);
    }
    const deadlock = Object.assign(new Error("Deadlock found"), { driverError: { code: "ER_LOCK_DEADLOCK", errno: 1213 } });
    const formatted = format({ message: deadlock.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, new GraphQLError(deadlock.message, { originalError: deadlock }));
    expect([formatted.extensions?.code, formatted.message]).toEqual(["SERVICE_UNAVAILABLE", "Des enregistrements simultanés se sont gênés : rien n'a été enregistré, réessayez dans quelques instants."]);
    expect(logged.join("")).toContain(formatted.extensions?.reference as string);
  });

  it("keeps a subgraph's reference for an internal error it already masked (one reference end to end)", () => {
    const downstream = { message: "Erreur interne. Référence : 0A1B2C3D4E.", path: ["x"], extensions: { code: "INTERNAL_SERVER_ERROR", reference: "0A1B2C3D4E" } };
    expect(format(downstream, new GraphQLError(downstream.message))).toEqual(downstream);
    const forged = { message: "SELECT * FROM compte", extensions: { code: "INTERNAL_SERVER_ERROR", reference: "0A1B2C3D4E" } };
    expect(format(forged, new GraphQLError(forged.message)).message).not.toContain("SELECT");
  });

  it("says Apollo's own refusals in French", () => {
    const csrf = format({ message: "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).", extensions: { code: "BAD_REQUEST" } }, new Error());
    expect(csrf.message).toMatch(/protection CSRF/);
  });
});
