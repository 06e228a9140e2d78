import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isReadQuery, subgraphFetcher } from "./subgraph-fetcher.js";

/** A real HTTP server on loopback whose behaviour each test sets; it records requests and connections. */
async function server(handle: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  let n = 0;
  const sockets = new Set<Socket>();
  const bodies: string[] = [];
  const http: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      bodies.push(body);
      handle(req, res, (n += 1));
    });
  });
  http.on("connection", (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  return {
    url,
    bodies,
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}

const ok = (res: ServerResponse, body: unknown = { data: { ok: true } }) => {
  res.writeHead(200, { "content-type": "application/json", "cache-control": "max-age=30" });
  res.end(JSON.stringify(body));
};
const READ = JSON.stringify({ query: "query { actions { id } }" });
const WRITE = JSON.stringify({ query: "mutation { emettreFacture(actionId: 1) { id } }" });
const options = { timeoutMs: 300, retries: 1, maxSockets: 4, idleSocketMs: 30_000 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe("the gateway's subgraph client", () => {
  it("posts the body with the given headers and answers status, headers and JSON", async () => {
    const s = await server((req, res) => ok(res, { data: { auth: req.headers.authorization, id: req.headers["x-request-id"] } }));
    const fetcher = subgraphFetcher(options);
    cleanups.push(s.close, fetcher.close);
    const response = await fetcher(s.url, { method: "POST", headers: { authorization: "Bearer abc", "x-request-id": "r-1" }, body: READ });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get("Cache-Control")).toBe("max-age=30");
    expect(await response.json()).toEqual({ data: { auth: "Bearer abc", id: "r-1" } });
    expect(s.bodies).toEqual([READ]);
  });

  it("keeps connections alive: 50 sequential requests use one socket, 20 concurrent ones at most maxSockets", async () => {
    const s = await server((_req, res) => setTimeout(() => ok(res), 5));
    const fetcher = subgraphFetcher(options);
    cleanups.push(s.close, fetcher.close);
    for (let i = 0; i < 50; i += 1) await fetcher(s.url, { body: READ, read: true });
    expect(s.connections()).toBe(1);
    await Promise.all(Array.from({ length: 20 }, () => fetcher(s.url, { body: READ, read: true })));
    expect(s.connections()).toBeLessThanOrEqual(options.maxSockets);
    expect(s.bodies).toHaveLength(70);
  });

  it("gives up on a subgraph that does not answer within the deadline, and retries a read once", async () => {
    const s = await server((_req, res, n) => (n === 1 ? undefined : ok(res)));
    const fetcher = subgraphFetcher(options);
    cleanups.push(s.close, fetcher.close);
    const started = Date.now();
    const response = await fetcher(s.url, { body: READ });
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(s.bodies).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(options.timeoutMs);
  });

  it("never sends a mutation twice: a timed-out mutation fails with TimeoutError after one attempt", async () => {
    const s = await server(() => undefined);
    const fetcher = subgraphFetcher(options);
    cleanups.push(s.close, fetcher.close);
    await expect(fetcher(s.url, { body: WRITE })).rejects.toMatchObject({ name: "TimeoutError" });
    expect(s.bodies).toHaveLength(1);
  });

  it("retries a read refused at connection once, then fails", async () => {
    const s = await server((_req, res) => ok(res));
    const url = s.url;
    await s.close();
    const fetcher = subgraphFetcher(options);
    cleanups.push(fetcher.close);
    await expect(fetcher(url, { body: READ })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("tells reads from mutations by the operation the query planner wrote", () => {
    expect(isReadQuery("query ActionsListe__catalogue__0 { actions { id } }")).toBe(true);
    expect(isReadQuery("{ actions { id } }")).toBe(true);
    expect(isReadQuery("# commentaire\nmutation M { x }")).toBe(false);
    expect(isReadQuery("  mutation { x }")).toBe(false);
  });
});
