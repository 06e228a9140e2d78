import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export interface HiveGateway {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

const require = createRequire(import.meta.url);

/** The CLI of @graphql-hive/gateway, run with this Node. */
function hiveBin(): string {
  const manifest = require.resolve("@graphql-hive/gateway/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: string | Record<string, string> };
  return path.join(path.dirname(manifest), typeof bin === "string" ? bin : bin["hive-gateway"]!);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Hive Gateway serving the same supergraph SDL as ours (join__graph URLs pointed at this run's
 * subgraphs), untuned: its defaults, one process (--fork 1), errors-only logging, and the one
 * thing our subgraphs need, the caller's Authorization header forwarded to every subgraph.
 */
export async function startHiveGateway(supergraphFile: string, subgraphUrls: Record<string, string>, ready: (url: string) => Promise<boolean>): Promise<HiveGateway> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigma-hive-"));
  let sdl = readFileSync(supergraphFile, "utf8");
  for (const [name, url] of Object.entries(subgraphUrls)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${url}$2`);
  }
  writeFileSync(path.join(dir, "supergraph.graphql"), sdl);
  writeFileSync(
    path.join(dir, "gateway.config.mjs"),
    `export const gatewayConfig = {
  logging: "error",
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get("authorization");
      return authorization ? { authorization } : {};
    },
  },
};
`,
  );
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [hiveBin(), "supergraph", path.join(dir, "supergraph.graphql"), "--config-path", path.join(dir, "gateway.config.mjs"), "--host", "127.0.0.1", "--port", String(port), "--fork", "1"],
    // Same NODE_ENV as our gateway in this run (the stack is started outside production mode).
    { cwd: dir, env: { ...process.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const killer = setTimeout(() => child.kill("SIGKILL"), 8_000);
      child.once("exit", () => {
        clearTimeout(killer);
        done();
      });
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await ready(url).catch(() => false)) return { url, pid: child.pid!, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Hive Gateway n'a pas démarré :\n${output}`);
}
