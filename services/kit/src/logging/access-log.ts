import { performance } from "node:perf_hooks";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { requestIdOf } from "../context/context.js";
import type { RequestHandler } from "../http/graphql-handler.js";
import { logger, requestScope, type RequestScope } from "./logger.js";

/**
 * Runs one HTTP request in its scope: the request id (a valid incoming `x-request-id` — the
 * gateway's, forwarded to the subgraphs — or a new one) is put back on the request for the
 * GraphQL context, echoed in the response, carried by every log line written meanwhile, and
 * closes with ONE access-log line: operation name, duration, status, error codes. Never the
 * query's variables, its result, or a header.
 */
export function withRequestScope(handler: RequestHandler): RequestHandler {
  return (req, res) => {
    const requestId = requestIdOf(req);
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const scope: RequestScope = { requestId, startedAt: performance.now() };
    return requestScope.run(scope, () => {
      res.once("close", () => writeAccessLog(scope, req.method ?? "GET", res.statusCode, res.writableFinished));
      return handler(req, res);
    });
  };
}

function writeAccessLog(scope: RequestScope, method: string, status: number, finished: boolean): void {
  const line = {
    requestId: scope.requestId,
    method,
    operation: scope.operationName ?? null,
    status,
    durationMs: Math.round((performance.now() - scope.startedAt) * 10) / 10,
    errorCodes: scope.errorCodes ?? [],
    ...(finished ? {} : { aborted: true }),
  };
  if (status >= 500) logger().error(line, "requête GraphQL");
  else logger().info(line, "requête GraphQL");
}

/** A GraphQL name (what the parser accepts) and not longer than 100 characters; else null. */
function safeOperationName(name: string | null | undefined): string | null {
  return name && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : null;
}

function codesOf(errors: readonly GraphQLFormattedError[] | undefined): string[] {
  const codes = new Set<string>();
  for (const error of errors ?? []) codes.add(String(error.extensions?.code ?? "UNKNOWN"));
  return [...codes];
}

/** Tells the request's scope which operation ran and which error codes it answered. */
export function accessLogPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, request, response }) {
          const scope = requestScope.getStore();
          if (!scope) return;
          scope.operationName = safeOperationName(operationName ?? request.operationName);
          if (response.body.kind === "single") scope.errorCodes = codesOf(response.body.singleResult.errors);
        },
      };
    },
  };
}

/** Headers that carry the current request's id on a call this process makes (service reads). */
export function requestIdHeader(): Record<string, string> {
  const scope = requestScope.getStore();
  return scope ? { "x-request-id": scope.requestId } : {};
}
