import type { RequestHandler } from "@sigma/kit/http/graphql-handler";

/** CORS for the shell's origins only (no wildcard): preflight answered here, the rest passed on. */
export function withCors(allowed: string[], handler: RequestHandler): RequestHandler {
  const origins = new Set(allowed);
  return (req, res) => {
    const origin = req.headers.origin;
    if (origin && origins.has(origin)) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "origin");
      res.setHeader("access-control-allow-headers", "content-type, authorization, x-request-id, apollo-require-preflight");
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("access-control-max-age", "600");
    }
    if (req.method === "OPTIONS") {
      res.statusCode = 204;
      res.end();
      return;
    }
    return handler(req, res);
  };
}
