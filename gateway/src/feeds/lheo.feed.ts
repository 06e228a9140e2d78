import type { ServerResponse } from "node:http";
import type { ApolloServer } from "@apollo/server";
import type { TokenVerifier } from "@sigma/kit/auth/token";
import { intFromEnv } from "@sigma/kit/config/env";
import { createRequestContext, type RequestContext } from "@sigma/kit/context/context";
import { sendJson, type RequestHandler } from "@sigma/kit/http/graphql-handler";
import type { GraphQLFormattedError } from "graphql";
import { LHEO_END, lheoEmpty, lheoStart } from "./lheo.envelope.js";
import { FLUX_LHEO, type FluxLheoResult, type LheoPage } from "./lheo.query.js";

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * `GET /feeds/lheo.xml[?depuis=<instant ISO>]`, Bearer token of the CARIF credential (or the
 * Région's). The gateway reads the supergraph's `fluxLheo` page by page as the caller — the
 * catalogue subgraph checks the role and writes each page's `formation` elements next to its
 * data — and writes each page as soon as it has it, waiting for the socket to drain, while the
 * next page is being read: memory holds two pages, whatever the size of the offer. A failure
 * after the first byte cuts the connection, so that a consumer never takes a partial file for a
 * whole one.
 */
export function lheoFeed(server: ApolloServer<RequestContext>, verifier: TokenVerifier): RequestHandler {
  // Sessions a page (about 2.7 MB of XML at 500; the catalogue accepts 1 to 1 000).
  const premiers = intFromEnv("LHEO_PAGE_SIZE", 500);
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(res, 405, "METHOD_NOT_ALLOWED", "Méthode non autorisée : utilisez GET.");
    let context: RequestContext;
    try {
      context = await createRequestContext(req, verifier);
    } catch {
      return refuse(res, 401, "UNAUTHENTICATED", "Session invalide ou expirée : veuillez vous identifier de nouveau.");
    }
    if (!context.caller) return refuse(res, 401, "UNAUTHENTICATED", "Identifiant CARIF requis (Authorization: Bearer …).");
    const depuis = new URL(req.url ?? "/", "http://localhost").searchParams.get("depuis");
    const exportedAt = new Date();
    const read = async (apres: string | null): Promise<LheoPage> => {
      const response = await server.executeOperation<FluxLheoResult>(
        { query: FLUX_LHEO, variables: { depuis: depuis || null, apres, premiers } },
        { contextValue: context },
      );
      if (response.body.kind !== "single") throw new Error("réponse incrémentale inattendue");
      const { data, errors } = response.body.singleResult;
      if (errors?.length || !data) throw new FeedError(errors ?? []);
      return data.fluxLheo;
    };

    let page: LheoPage;
    try {
      page = await read(null);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      const code = String(error.errors[0]?.extensions?.code ?? "");
      return refuse(res, STATUS[code] ?? 502, code || "BAD_GATEWAY", error.errors[0]?.message ?? "Flux indisponible.");
    }
    res.writeHead(200, { "content-type": "application/xml; charset=utf-8", "cache-control": "no-store" });
    if (req.method === "HEAD") return void res.end();
    if (!page.nombre) return void res.end(lheoEmpty(exportedAt));
    try {
      await write(res, lheoStart(exportedAt));
      for (;;) {
        // The next page is read while this one goes out: the catalogue and the socket work together.
        const next = page.pageInfo.hasNextPage ? read(page.pageInfo.endCursor) : null;
        next?.catch(() => {}); // awaited below; a write failure must not leave it unhandled
        await write(res, page.formations);
        if (!next) break;
        page = await next;
      }
      res.end(LHEO_END);
    } catch (error) {
      process.stderr.write(`${JSON.stringify({ level: "error", service: "gateway", msg: "flux LHEO interrompu", error: String(error) })}\n`);
      res.destroy();
    }
  };
}

class FeedError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? "flux indisponible");
  }
}

/** Resolves once the chunk is handed to the socket, waiting for it to drain when its buffer is full. */
function write(res: ServerResponse, chunk: string): Promise<void> {
  if (res.destroyed) return Promise.reject(new Error("connexion fermée par le client"));
  if (res.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      res.off("drain", done);
      res.off("close", closed);
      if (error) reject(error);
      else resolve();
    };
    const closed = () => done(new Error("connexion fermée par le client"));
    res.once("drain", done);
    res.once("close", closed);
  });
}

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

