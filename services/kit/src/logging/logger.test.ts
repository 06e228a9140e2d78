import { describe, expect, it } from "vitest";
import { errorFields, initLogger, requestScope, scrubMessage } from "./logger.js";

describe("structured logs", () => {
  const lines: string[] = [];
  const log = initLogger("essai", { destination: { write: (line: string) => lines.push(line) } });
  const last = () => JSON.parse(lines.at(-1)!) as Record<string, unknown>;

  it("writes one JSON object per line with the service, a level name and an ISO time", () => {
    log.info("prêt sur http://127.0.0.1:1/graphql");
    expect(last()).toMatchObject({ level: "info", service: "essai", msg: "prêt sur http://127.0.0.1:1/graphql" });
    expect(last().time).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(last().requestId).toBeUndefined();
  });

  it("stamps every line written inside a request with its id", () => {
    requestScope.run({ requestId: "req-42", startedAt: 0 }, () => log.warn({ n: 1 }, "dans la requête"));
    expect(last()).toMatchObject({ requestId: "req-42", n: 1 });
  });

  it("masks variables and credentials whatever the caller passes", () => {
    log.info({ variables: { nom: "KOURNIKOVA" }, headers: { authorization: "Bearer abc" }, input: { motDePasse: "secret" } }, "x");
    expect(lines.at(-1)).not.toMatch(/KOURNIKOVA|Bearer abc|secret/);
  });

  it("keeps an error's kind and code but not the values its message quotes", () => {
    expect(scrubMessage("Duplicate entry 'DUPONT Jean' for key 'stagiaire.nir' (jean.dupont@exemple.fr, 1840512345678)")).toBe(
      "Duplicate entry '…' for key '…' (…@…, …)",
    );
    const error = Object.assign(new Error("Le stagiaire « DUPONT » existe"), { code: "ER_DUP_ENTRY" });
    const fields = errorFields(error).error as Record<string, unknown>;
    expect(fields).toMatchObject({ type: "Error", code: "ER_DUP_ENTRY", message: "Le stagiaire «…» existe" });
    expect(JSON.stringify(fields)).not.toMatch(/DUPONT/);
  });
});
