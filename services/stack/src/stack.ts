import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@sigma/kit/config/env";
import { startProcess, type ServiceProcess } from "./processes.js";
import { serveStatic, type StaticSite } from "./static-server.js";

export interface StackOptions {
  /** Embedded SQLite (default) or MySQL/MariaDB at `MYSQL_URL` (default mysql://root@127.0.0.1:3306). */
  database?: "sqlite" | "mysql";
  /** The MySQL/MariaDB server (default `MYSQL_URL`, else mysql://root@127.0.0.1:3306), e.g. a private server of a fault test. */
  mysqlUrl?: string;
  /** Also serve the built shell and remotes. */
  frontends?: boolean;
  /** Data folder (SQLite files, generated keys); a fresh temporary one, removed at stop, when omitted. */
  dataDir?: string;
  /** Fixed ports (the demo) or 0 everywhere (tests, the default). */
  ports?: { gateway: number; subgraphs: Record<string, number>; shell: number; remotes: number };
  /** Extra environment for every service process (SIGMA_NOW, DATABASE_PREFIX, KEEP_DATABASE…). */
  env?: NodeJS.ProcessEnv;
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  shellUrl: string;
  remoteUrls: Record<string, string>;
  database: "sqlite" | "mysql";
  /** The schema prefix used on MySQL (each stack gets its own unless given). */
  databasePrefix?: string;
  dataDir: string;
  /** Everything a service process has written so far (e.g. the outbox's e-mails in the log). */
  logs: (service: string) => string;
  /** Stops one service (SIGTERM, then SIGKILL after 8 s), for fault tests. */
  stopService: (service: string) => Promise<void>;
  /** Starts a stopped service again on the same port and data. */
  startService: (service: string) => Promise<void>;
  stop: () => Promise<void>;
}

const HOST = "127.0.0.1";
/** The subgraphs, started from their built entry points (services/<name>/dist/main.js). */
export const SUBGRAPH_NAMES = ["catalogue", "execution", "finance"] as const;
const frontendsDir = path.join(repoRoot, "frontends");

/** The built remotes: every frontends/<name>/dist with a remoteEntry.js, except the shell. */
export function builtRemotes(): string[] {
  if (!existsSync(frontendsDir)) return [];
  return readdirSync(frontendsDir).filter(
    (name) => name !== "shell" && existsSync(path.join(frontendsDir, name, "dist", "remoteEntry.js")),
  );
}

/** A port free right now (the subgraphs must know the gateway's before it starts). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Starts the three subgraphs and the gateway as real processes on loopback (and, on request,
 * static servers for the built front ends), each subgraph on its own database. Used by
 * `npm start`, the integration and end-to-end tests, and the benchmark.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = options.database ?? "sqlite";
  const started: ServiceProcess[] = [];
  const sites: StaticSite[] = [];
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "sigma-"));
  const mysqlUrl = options.mysqlUrl ?? process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";
  const databasePrefix =
    database !== "mysql"
      ? undefined
      : (options.env?.DATABASE_PREFIX ?? `sigma_t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}_`);
  const gatewayPort = options.ports?.gateway || (await freePort());
  const gatewayUrl = `http://${HOST}:${gatewayPort}/graphql`;
  const baseEnv: NodeJS.ProcessEnv = {
    ...options.env,
    SIGMA_DATA_DIR: dataDir,
    // Subgraphs read other domains through the gateway with a service credential.
    SIGMA_GATEWAY_URL: gatewayUrl,
    ...(database === "sqlite" ? { DATABASE_URL: "" } : { DATABASE_URL: mysqlUrl, DATABASE_PREFIX: databasePrefix }),
  };

  const stop = async () => {
    await Promise.all([...started].reverse().map((p) => p.stop()));
    await Promise.all(sites.map((s) => s.close()));
    if (database === "mysql" && databasePrefix && !options.env?.KEEP_DATABASE) await dropSchemas(mysqlUrl, databasePrefix);
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const logs = (service: string) => started.find((p) => p.name === service)?.output() ?? "";
  const launches = new Map<string, { entry: string; env: NodeJS.ProcessEnv }>();
  const launch = async (name: string, entry: string, env: NodeJS.ProcessEnv) => {
    launches.set(name, { entry, env });
    return startProcess(name, entry, env);
  };
  const stopService = async (service: string) => {
    const index = started.findIndex((p) => p.name === service);
    if (index < 0) throw new Error(`${service} n'est pas démarré`);
    await started[index]!.stop();
    started.splice(index, 1);
  };
  const startService = async (service: string) => {
    const spec = launches.get(service);
    if (!spec) throw new Error(`${service} inconnu`);
    started.push(await startProcess(service, spec.entry, spec.env));
  };

  try {
    const subgraphUrls: Record<string, string> = {};
    const subgraphs = await Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        launch(name, path.join(repoRoot, "services", name, "dist", "main.js"), {
          ...baseEnv,
          [`${name.toUpperCase()}_PORT`]: String(options.ports?.subgraphs[name] ?? 0),
        }),
      ),
    );
    for (const subgraph of subgraphs) {
      started.push(subgraph);
      subgraphUrls[subgraph.name] = subgraph.url;
      // A restart must come back on the same port: the gateway knows it by URL.
      launches.get(subgraph.name)!.env[`${subgraph.name.toUpperCase()}_PORT`] = new URL(subgraph.url).port;
    }

    let shellUrl = "";
    const remoteUrls: Record<string, string> = {};
    if (options.frontends) {
      let remotePort = options.ports?.remotes ?? 0;
      for (const remote of builtRemotes()) {
        const site = await serveStatic(path.join(frontendsDir, remote, "dist"), { port: remotePort, host: HOST, cors: true });
        if (remotePort) remotePort += 1;
        sites.push(site);
        remoteUrls[remote] = `${site.url}/remoteEntry.js`;
      }
      const manifest = JSON.stringify({ gateway: gatewayUrl, remotes: remoteUrls });
      const shell = await serveStatic(path.join(frontendsDir, "shell", "dist"), {
        port: options.ports?.shell ?? 0,
        host: HOST,
        generated: { "/manifest.json": () => manifest },
      });
      sites.push(shell);
      shellUrl = shell.url;
    }

    const gatewayEnv: NodeJS.ProcessEnv = { ...baseEnv, GATEWAY_PORT: String(gatewayPort) };
    for (const [name, url] of Object.entries(subgraphUrls)) gatewayEnv[`${name.toUpperCase()}_URL`] = url;
    if (shellUrl) gatewayEnv.CORS_ORIGINS = [shellUrl, shellUrl.replace(HOST, "localhost")].join(",");
    started.push(await launch("gateway", path.join(repoRoot, "gateway", "dist", "main.js"), gatewayEnv));

    return { gatewayUrl, subgraphUrls, shellUrl, remoteUrls, database, databasePrefix, dataDir, logs, stopService, startService, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function dropSchemas(serverUrl: string, prefix: string): Promise<void> {
  const { createConnection } = await import("mysql2/promise");
  const connection = await createConnection({ uri: serverUrl });
  try {
    const [rows] = await connection.query("SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?", [
      `${prefix.replace(/_/g, "\\_")}%`,
    ]);
    for (const row of rows as { name: string }[]) await connection.query(`DROP DATABASE \`${row.name}\``);
  } finally {
    await connection.end();
  }
}
