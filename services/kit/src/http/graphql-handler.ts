import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export class BodyTooLargeError extends Error {}

/** Reads a request body, refusing it as soon as it grows past `maxBytes`. */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > maxBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Serves an ApolloServer on a plain node:http server (no framework): body limit, streaming results. */
export function graphqlHandler<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  context: (req: IncomingMessage) => Promise<TContext>,
  options: { maxBodyBytes: number },
): RequestHandler {
  return async (req, res) => {
    let body: unknown;
    if (req.method === "POST") {
      let text: string;
      try {
        text = await readBody(req, options.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          sendJson(res, 413, { errors: [{ message: "Requête trop volumineuse.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
          req.destroy();
          return;
        }
        throw error;
      }
      try {
        body = text === "" ? {} : JSON.parse(text);
      } catch {
        sendJson(res, 400, { errors: [{ message: "Corps de requête JSON invalide.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    // Only a GET carries its operation in the query string: no URL parsed for a plain POST.
    const search = req.url?.includes("?") ? new URL(req.url, "http://localhost").search : "";
    const result = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search, body },
      context: () => context(req),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      // A request refused in a plugin hook (a limit, an unknown persisted operation) surfaces
      // as a 500: it is the client's request that is refused, so 400.
      if (res.statusCode === 500 && onlyRefusals(result.body.string)) res.statusCode = 400;
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

const REFUSALS = new Set(["GRAPHQL_VALIDATION_FAILED", "PERSISTED_QUERY_NOT_ALLOWED"]);

function onlyRefusals(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return parsed.data === undefined && !!parsed.errors?.length && parsed.errors.every((e) => REFUSALS.has(e.extensions?.code ?? ""));
  } catch {
    return false;
  }
}
