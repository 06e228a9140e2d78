import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { Loaders } from "../loaders/loaders.js";

/** What every resolver of every subgraph receives. */
export interface RequestContext {
  requestId: string;
  loaders: Loaders;
}

/** Per-request counters read by tests and the benchmark (SQL statements issued). */
export interface RequestStats {
  sqlStatements: number;
}

export const requestStats = new AsyncLocalStorage<RequestStats>();

export function requestIdOf(req: IncomingMessage): string {
  const header = req.headers["x-request-id"];
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w-]{1,64}$/.test(value) ? value : randomUUID();
}

export function createRequestContext(req: IncomingMessage): RequestContext {
  return { requestId: requestIdOf(req), loaders: new Loaders() };
}
