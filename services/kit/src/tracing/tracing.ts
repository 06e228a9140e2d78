import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "../http/graphql-handler.js";

/**
 * OpenTelemetry traces, OFF unless `OTEL_EXPORTER_OTLP_ENDPOINT` (OTLP over HTTP to a collector)
 * or `SIGMA_TRACING=console` (spans as JSON log lines) is set. This file imports nothing of
 * OpenTelemetry: when tracing is off, no SDK is loaded and a request pays one boolean test.
 */
export type TracingMode = "off" | "console" | "otlp";

export interface Tracing {
  mode: TracingMode;
  /** Serves an incoming request inside a server span continuing the caller's trace (`traceparent`). */
  serve: (req: IncomingMessage, res: ServerResponse, handler: RequestHandler) => Promise<void> | void;
  /** Calls `fetch` inside a client span and sends its `traceparent`. */
  fetch: (fetcher: typeof fetch, input: Parameters<typeof fetch>[0], init?: RequestInit) => Promise<Response>;
  /** `traceparent` (and `tracestate`) of the current span, for a call made by hand. */
  headers: () => Record<string, string>;
  /** Sends the spans still buffered. */
  shutdown: () => Promise<void>;
}

const OFF: Tracing = {
  mode: "off",
  serve: (req, res, handler) => handler(req, res),
  fetch: (fetcher, input, init) => fetcher(input, init),
  headers: () => ({}),
  shutdown: async () => {},
};

let current: Tracing = OFF;

export function tracingMode(env: NodeJS.ProcessEnv = process.env): TracingMode {
  const setting = (env.SIGMA_TRACING ?? "").toLowerCase();
  if (setting === "off" || setting === "0") return "off";
  if (setting === "console") return "console";
  if (setting === "otlp" || env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return "otlp";
  return "off";
}

/** Starts tracing for this process if configured (once, before serving). */
export async function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): Promise<Tracing> {
  const mode = tracingMode(env);
  if (mode === "off") return (current = OFF);
  const { startTracingSdk } = await import("./tracing-sdk.js");
  return (current = startTracingSdk(service, mode, env));
}

export function tracing(): Tracing {
  return current;
}

/** An HTTP handler served inside a server span when tracing is on (as is otherwise). */
export function withServerSpan(handler: RequestHandler): RequestHandler {
  return (req, res) => (current === OFF ? handler(req, res) : current.serve(req, res, handler));
}

/** A fetch whose calls are client spans carrying `traceparent` when tracing is on. */
export function tracedFetch(fetcher: typeof fetch): typeof fetch {
  return (input, init) => (current === OFF ? fetcher(input, init) : current.fetch(fetcher, input, init));
}
