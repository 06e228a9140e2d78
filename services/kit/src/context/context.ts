import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { GraphQLError } from "graphql";
import type { Caller } from "../auth/caller.js";
import { bearerToken, type TokenVerifier } from "../auth/token.js";
import { Loaders } from "../loaders/loaders.js";

/** What every resolver of every subgraph (and the gateway) receives. */
export interface RequestContext {
  requestId: string;
  /** The verified caller; null for an anonymous visitor (public fields only). */
  caller: Caller | null;
  /** The raw bearer token, forwarded by the gateway to the subgraphs. */
  token?: string;
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

/**
 * Verifies the bearer token itself (zero trust: whoever forwarded the request).
 * No token: an anonymous context. A token that does not verify: the whole request is refused.
 */
export async function createRequestContext(req: IncomingMessage, verifier: TokenVerifier): Promise<RequestContext> {
  const requestId = requestIdOf(req);
  const token = bearerToken(req.headers.authorization);
  if (token === undefined) return { requestId, caller: null, loaders: new Loaders() };
  const caller = token ? await verifier.verify(token) : null;
  if (!caller) {
    throw new GraphQLError("Session invalide ou expirée : veuillez vous identifier de nouveau.", {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  return { requestId, caller, token: token!, loaders: new Loaders() };
}
