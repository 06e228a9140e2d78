import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from "@opentelemetry/api";
import { ExportResultCode, type ExportResult } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type ReadableSpan,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";
import { addLogFields, logger, requestScope } from "../logging/logger.js";
import type { Tracing, TracingMode } from "./tracing.js";

/** Loaded only when tracing is on (see tracing.ts). */

/** `SIGMA_TRACING=console`: each finished span is one JSON log line (`msg: "span"`). */
class LogSpanExporter implements SpanExporter {
  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    for (const span of spans) {
      const { traceId, spanId } = span.spanContext();
      logger().info(
        {
          span: {
            traceId,
            spanId,
            parentSpanId: span.parentSpanContext?.spanId ?? null,
            name: span.name,
            kind: SpanKind[span.kind],
            durationMs: span.duration[0] * 1000 + span.duration[1] / 1e6,
            status: SpanStatusCode[span.status.code],
            attributes: span.attributes,
          },
        },
        "span",
      );
    }
    done({ code: ExportResultCode.SUCCESS });
  }
  async shutdown(): Promise<void> {}
}

/** The standard variables: a traces endpoint as given, or the base endpoint + /v1/traces. */
function otlpTracesUrl(env: NodeJS.ProcessEnv): string {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  return `${(env.OTEL_EXPORTER_OTLP_ENDPOINT || "http://localhost:4318").replace(/\/+$/, "")}/v1/traces`;
}

export function startTracingSdk(service: string, mode: Exclude<TracingMode, "off">, env: NodeJS.ProcessEnv): Tracing {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ "service.name": env.OTEL_SERVICE_NAME || `sigma-${service}`, "service.namespace": "sigma-graph" }),
    // OTLP endpoint, headers and timeouts come from the standard OTEL_EXPORTER_OTLP_* variables.
    spanProcessors: [mode === "console" ? new SimpleSpanProcessor(new LogSpanExporter()) : new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpTracesUrl(env) }))],
  });
  // Global tracer provider (so @apollo/gateway's own spans join), AsyncLocalStorage context, W3C propagation.
  provider.register();
  const tracer = trace.getTracer("sigma-graph");
  addLogFields(() => {
    const span = trace.getActiveSpan();
    return span ? { traceId: span.spanContext().traceId } : {};
  });

  const end = (span: Span, status: number) => {
    span.setAttribute("http.response.status_code", status);
    const operation = requestScope.getStore()?.operationName;
    if (operation) span.setAttribute("graphql.operation.name", operation);
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };

  return {
    mode,
    serve: (req, res, handler) => {
      const parent = propagation.extract(ROOT_CONTEXT, req.headers);
      const span = tracer.startSpan(
        `${req.method ?? "GET"} ${(req.url ?? "/").split("?")[0]}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            "http.request.method": req.method ?? "GET",
            "url.path": (req.url ?? "/").split("?")[0]!,
            ...(requestScope.getStore() ? { "sigma.request_id": requestScope.getStore()!.requestId } : {}),
          },
        },
        parent,
      );
      res.once("close", () => end(span, res.statusCode));
      return context.with(trace.setSpan(parent, span), () => handler(req, res));
    },
    fetch: async (fetcher, input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const span = tracer.startSpan(`${init?.method ?? "GET"} ${url.host}`, {
        kind: SpanKind.CLIENT,
        attributes: { "http.request.method": init?.method ?? "GET", "server.address": url.hostname, "server.port": Number(url.port), "url.path": url.pathname },
      });
      const headers = new Headers(init?.headers as ConstructorParameters<typeof Headers>[0]);
      propagation.inject(trace.setSpan(context.active(), span), headers, { set: (carrier, key, value) => carrier.set(key, value) });
      try {
        const response = await context.with(trace.setSpan(context.active(), span), () => fetcher(input, { ...init, headers }));
        span.setAttribute("http.response.status_code", response.status);
        if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        return response;
      } catch (error) {
        // The error's kind only: a message may quote data.
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : "error" });
        throw error;
      } finally {
        span.end();
      }
    },
    headers: () => {
      const carrier: Record<string, string> = {};
      propagation.inject(context.active(), carrier);
      return carrier;
    },
    shutdown: () => provider.shutdown(),
  };
}
