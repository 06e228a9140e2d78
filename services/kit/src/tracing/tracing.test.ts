import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTracing, tracedFetch, tracing, tracingMode } from "./tracing.js";

describe("tracing switch", () => {
  it("is off unless an OTLP endpoint or SIGMA_TRACING=console is set", () => {
    expect(tracingMode({})).toBe("off");
    expect(tracingMode({ SIGMA_TRACING: "console" })).toBe("console");
    expect(tracingMode({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" })).toBe("otlp");
    expect(tracingMode({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", SIGMA_TRACING: "off" })).toBe("off");
  });
});

/** A fake OTLP/HTTP collector and a plain service on loopback, in this process. */
describe("OTLP export", () => {
  const received: { path: string; body: string }[] = [];
  const pings: IncomingHttpHeaders[] = [];
  let base = "";
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      if (req.url === "/ping") pings.push(req.headers);
      else received.push({ path: req.url ?? "", body });
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends the spans to OTEL_EXPORTER_OTLP_ENDPOINT and propagates traceparent on outgoing calls", async () => {
    const started = await startTracing("essai", { OTEL_EXPORTER_OTLP_ENDPOINT: base });
    expect(started.mode).toBe("otlp");
    await tracedFetch(fetch)(`${base}/ping`, { method: "GET" });
    expect(pings[0]?.traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await tracing().shutdown();
    const traces = received.find((r) => r.path === "/v1/traces");
    expect(traces).toBeDefined();
    const traceId = pings[0]!.traceparent!.toString().split("-")[1]!;
    expect(traces!.body).toContain("sigma-essai");
    expect(traces!.body).toContain("GET 127.0.0.1");
    // OTLP/JSON carries ids in hex: the exported span is the one whose context was sent.
    expect(traces!.body).toContain(traceId);
  });
});
