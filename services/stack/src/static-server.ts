import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a built front end (a stand-in for any static host or CDN): files from `root`,
 * SPA fallback to index.html, extra generated files (the shell's manifest.json), and CORS
 * for remotes so that the shell can load their modules from another origin.
 */
export async function serveStatic(
  root: string,
  options: { port: number; host: string; cors?: boolean; generated?: Record<string, () => string> },
): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    if (options.cors) res.setHeader("access-control-allow-origin", "*");
    const generated = options.generated?.[urlPath];
    if (generated) {
      res.writeHead(200, { "content-type": TYPES[".json"]!, "cache-control": "no-store" });
      res.end(generated());
      return;
    }
    let file = path.join(root, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const index = path.join(file, "index.html");
      file = existsSync(index) ? index : path.extname(urlPath) ? "" : path.join(root, "index.html");
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Introuvable");
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const immutable = /[.-][A-Za-z0-9_-]{8,}\.(js|css)$/.test(file);
    res.writeHead(200, { "content-type": type, "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
