import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLog } from "../support/import-log.js";
import { eventually, logLines } from "../support/log-lines.js";

const SERVICES = ["gateway", "catalogue", "execution", "finance"] as const;
/** A trainee's name that only this test sends: it must never reach a log. */
const TRAINEE = "Zoé LOGTESTÉLODIE";

async function post(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, requestId: response.headers.get("x-request-id"), body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

/** Structured logs on real processes: request ids across the gateway and the subgraphs, no personal data. */
describe("structured logs", () => {
  let stack: Stack;
  let region: Record<string, string>;
  const imports = importLog();
  const access = (service: string, requestId: string) => logLines(stack, service).filter((l) => l.msg === "requête GraphQL" && l.requestId === requestId);
  const logged = (service: string, requestId: string) => eventually(() => access(service, requestId));

  beforeAll(async () => {
    // Tracing off (the default); every process records the modules it imports.
    stack = await startStack({ env: { ...imports.env, SIGMA_TRACING: "", OTEL_EXPORTER_OTLP_ENDPOINT: "" } });
    region = await login(stack.gatewayUrl, "REGION");
  });
  afterAll(async () => {
    await stack?.stop();
    imports.remove();
  });

  it("carries the caller's request id to every subgraph of the request, with one access line per request", async () => {
    const query = "query StagiairesEtFactures { actions { numero stagiaires { nom prenom } factures { id } } }";
    const response = await post(stack.gatewayUrl, query, {}, { ...region, "x-request-id": "essai-logs-1" });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.requestId).toBe("essai-logs-1");

    const [line, ...more] = await logged("gateway", "essai-logs-1");
    expect(more).toHaveLength(0);
    expect(line).toMatchObject({ level: "info", service: "gateway", operation: "StagiairesEtFactures", status: 200, errorCodes: [] });
    expect(line!.durationMs).toBeGreaterThan(0);
    for (const subgraph of ["catalogue", "execution", "finance"]) {
      expect(access(subgraph, "essai-logs-1").length, subgraph).toBeGreaterThan(0);
      expect(access(subgraph, "essai-logs-1")[0]).toMatchObject({ service: subgraph, status: 200 });
    }
  });

  it("generates a request id at the gateway when none (or an unusable one) comes in, and forwards it", async () => {
    const response = await post(stack.gatewayUrl, "query Actions { actions { numero statut } }", {}, { ...region, "x-request-id": "pas valide <script>" });
    expect(response.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await logged("gateway", response.requestId!)).toHaveLength(1);
    expect(access("execution", response.requestId!)).toHaveLength(1);
    expect(stack.logs("gateway")).not.toContain("pas valide");
  });

  it("logs error codes, never variables, results, passwords or tokens", async () => {
    const ids: string[] = [];
    const byNumber = await post(stack.gatewayUrl, "query Recherche($n: String!) { action(numero: $n) { numero } }", { n: TRAINEE }, region);
    expect(byNumber.body.errors).toBeUndefined();
    ids.push(byNumber.requestId!);
    const wrongType = await post(stack.gatewayUrl, "query Recherche($n: String!) { action(numero: $n) { numero } }", { n: { nom: TRAINEE } }, region);
    expect(JSON.stringify(wrongType.body)).toContain(TRAINEE);
    ids.push(wrongType.requestId!);
    const refusedLogin = await post(stack.gatewayUrl, "mutation Connexion($i: String!, $p: String!) { connexion(identifiant: $i, motDePasse: $p) { jeton } }", {
      i: TRAINEE,
      p: `${TRAINEE}-motdepasse`,
    });
    expect(refusedLogin.body.errors?.length).toBeGreaterThan(0);
    ids.push(refusedLogin.requestId!);

    const [found, refusedType, refusedConnexion] = await Promise.all(ids.map((id) => logged("gateway", id)));
    expect(found).toMatchObject([{ operation: "Recherche", status: 200, errorCodes: [] }]);
    expect(refusedType).toMatchObject([{ operation: "Recherche", status: wrongType.status, errorCodes: ["BAD_USER_INPUT"] }]);
    expect(refusedConnexion![0]!.operation).toBe("Connexion");
    expect(refusedConnexion![0]!.errorCodes!.length).toBeGreaterThan(0);
    expect(access("catalogue", refusedLogin.requestId!)).toHaveLength(1);

    const token = region.authorization!.replace("Bearer ", "");
    for (const service of SERVICES) {
      const output = stack.logs(service);
      expect(output, service).not.toContain("LOGTEST");
      // A demo trainee's name, returned in the first test's results.
      expect(output, service).not.toContain("KOURNIKOVA");
      expect(output, service).not.toContain("sigma-demo");
      expect(output, service).not.toContain(token.slice(-20));
    }
  });

  it("loads no OpenTelemetry module of ours and writes no span when tracing is off", () => {
    for (const service of SERVICES) {
      const pid = logLines(stack, service)[0]!.pid;
      const modules = imports.imported(pid);
      // The hook does record this process's imports (its logger, its kit)…
      expect(modules.some((url) => url.includes("/pino/")), service).toBe(true);
      expect(modules.some((url) => url.endsWith("/tracing/tracing.js")), service).toBe(true);
      // …and none of the tracing SDK.
      expect(modules.filter((url) => /@opentelemetry|tracing-sdk/.test(url)), service).toEqual([]);
      expect(logLines(stack, service).filter((line) => line.msg === "span"), service).toEqual([]);
    }
  });
});
