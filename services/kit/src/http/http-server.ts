import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { errorFields, logger } from "../logging/logger.js";
import { sendJson, type RequestHandler } from "./graphql-handler.js";

export interface Routes {
  /** Exact path → handler; `/graphql` is the graph, `/health` and `/ready` are added by the caller. */
  [path: string]: RequestHandler;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  server: Server;
  close: () => Promise<void>;
}

/** A plain node:http server routing by exact path, with keep-alive tuned for a gateway in front. */
export async function listen(routes: Routes, port: number, host: string): Promise<RunningHttpServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const handler = routes[path];
    if (!handler) {
      sendJson(res, 404, { errors: [{ message: "Ressource introuvable.", extensions: { code: "NOT_FOUND" } }] });
      return;
    }
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      logger().error(errorFields(error), "erreur non traitée");
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Erreur interne.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${actual}`,
    port: actual,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
