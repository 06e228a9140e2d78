import { randomBytes } from "node:crypto";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importLog } from "../support/import-log.js";
import { eventually, logLines, type LogLine } from "../support/log-lines.js";

const SERVICES = ["gateway", "catalogue", "execution", "finance"] as const;

/** OpenTelemetry on real processes with SIGMA_TRACING=console (spans as JSON log lines). */
describe("traces across the gateway and the subgraphs", () => {
  let stack: Stack;
  let region: Record<string, string>;
  const imports = importLog();
  const spans = (service: string, traceId: string) =>
    logLines(stack, service)
      .map((line) => line.span)
      .filter((span): span is NonNullable<LogLine["span"]> => span?.traceId === traceId);

  beforeAll(async () => {
    stack = await startStack({ env: { ...imports.env, SIGMA_TRACING: "console", OTEL_EXPORTER_OTLP_ENDPOINT: "" } });
    region = await login(stack.gatewayUrl, "REGION");
  });
  afterAll(async () => {
    await stack?.stop();
    imports.remove();
  });

  it("continues the caller's W3C trace through the gateway into every subgraph it calls", async () => {
    const traceId = randomBytes(16).toString("hex");
    const callerSpanId = randomBytes(8).toString("hex");
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", traceparent: `00-${traceId}-${callerSpanId}-01`, "x-request-id": "essai-trace-1", ...region },
      body: JSON.stringify({ query: "query Traces { actions { numero statut factures { id } } }" }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const gateway = await eventually(() => spans("gateway", traceId).filter((s) => s.kind === "SERVER"));
    expect(gateway).toHaveLength(1);
    expect(gateway[0]).toMatchObject({ parentSpanId: callerSpanId, attributes: { "sigma.request_id": "essai-trace-1", "http.response.status_code": 200 } });
    // @apollo/gateway's own spans join the same trace (plan, fetch…).
    const names = spans("gateway", traceId).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["gateway.request", "gateway.plan", "gateway.fetch"]));
    const clientSpanIds = spans("gateway", traceId)
      .filter((s) => s.kind === "CLIENT")
      .map((s) => s.spanId);
    expect(clientSpanIds.length).toBeGreaterThanOrEqual(3);

    for (const subgraph of ["catalogue", "execution", "finance"]) {
      const [server] = await eventually(() => spans(subgraph, traceId).filter((s) => s.kind === "SERVER"));
      expect(server, subgraph).toBeDefined();
      // Its parent is one of the gateway's calls: one trace from the caller to the database.
      expect(clientSpanIds, subgraph).toContain(server!.parentSpanId);
      // The subgraph's access line carries the same request id and trace id.
      const access = logLines(stack, subgraph).filter((l) => l.msg === "requête GraphQL" && l.requestId === "essai-trace-1");
      expect(access[0]?.traceId, subgraph).toBe(traceId);
    }
  });

  it("starts a new trace when the caller sends none", async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...region },
      body: JSON.stringify({ query: "query Statuts { actions { statut } }" }),
    });
    const requestId = response.headers.get("x-request-id")!;
    const [server] = await eventually(() =>
      logLines(stack, "gateway").filter((l) => l.span?.kind === "SERVER" && l.span.attributes["sigma.request_id"] === requestId),
    );
    expect(server!.span!.parentSpanId).toBeNull();
    expect(server!.span!.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(await eventually(() => spans("execution", server!.span!.traceId))).not.toHaveLength(0);
  });

  it("loads the tracing SDK in every process", () => {
    for (const service of SERVICES) {
      const modules = imports.imported(logLines(stack, service)[0]!.pid);
      expect(modules.some((url) => url.endsWith("/tracing/tracing-sdk.js")), service).toBe(true);
    }
  });
});
