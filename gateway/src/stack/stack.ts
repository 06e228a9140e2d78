import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "@sigma/kit/config/env";
import { SUBGRAPHS } from "../compose/subgraphs.js";
import { startProcess, type ServiceProcess } from "./processes.js";
import { serveStatic, type StaticSite } from "./static-server.js";

export interface StackOptions {
  /** Embedded SQLite (default) or MySQL/MariaDB at `MYSQL_URL` (default mysql://root@127.0.0.1:3306). */
  database?: "sqlite" | "mysql";
  /** Also serve the built shell and remotes. */
  frontends?: boolean;
  /** SQLite folder; a fresh temporary one when omitted. */
  dataDir?: string;
  /** Fixed ports (the demo) or 0 everywhere (tests, the default). */
  ports?: { gateway: number; subgraphs: Record<string, number>; shell: number; remotes: number };
  /** Extra environment for every service process. */
  env?: NodeJS.ProcessEnv;
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  shellUrl: string;
  remoteUrls: Record<string, string>;
  database: "sqlite" | "mysql";
  /** The schema prefix used on MySQL (each test run gets its own). */
  databasePrefix?: string;
  dataDir: string;
  stop: () => Promise<void>;
}

const HOST = "127.0.0.1";
const frontendsDir = path.join(repoRoot, "frontends");

/** The built remotes: every frontends/<name>/dist with a remoteEntry.js, except the shell. */
export function builtRemotes(): string[] {
  if (!existsSync(frontendsDir)) return [];
  return readdirSync(frontendsDir).filter(
    (name) => name !== "shell" && existsSync(path.join(frontendsDir, name, "dist", "remoteEntry.js")),
  );
}

/**
 * Starts the three subgraphs and the gateway as real processes on loopback (and, on request,
 * static servers for the built front ends), each on its own database. Used by `npm start`,
 * the integration and end-to-end tests, and the benchmark.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = options.database ?? "sqlite";
  const started: ServiceProcess[] = [];
  const sites: StaticSite[] = [];
  // The data folder holds the SQLite files and, in the embedded default, the generated key pair.
  const ownDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "sigma-"));
  const mysqlUrl = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";
  const databasePrefix = database !== "mysql" ? undefined : options.env?.DATABASE_PREFIX ?? `sigma_t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}_`;
  const baseEnv: NodeJS.ProcessEnv = {
    ...options.env,
    SIGMA_DATA_DIR: dataDir,
    ...(database === "sqlite" ? { DATABASE_URL: "" } : { DATABASE_URL: mysqlUrl, DATABASE_PREFIX: databasePrefix }),
  };

  const stop = async () => {
    await Promise.all([...started].reverse().map((p) => p.stop()));
    await Promise.all(sites.map((s) => s.close()));
    if (database === "mysql" && databasePrefix && !options.env?.KEEP_DATABASE) await dropSchemas(mysqlUrl, databasePrefix);
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const subgraphUrls: Record<string, string> = {};
    const subgraphs = await Promise.all(
      SUBGRAPHS.map(({ name }) =>
        startProcess(name, path.join(repoRoot, "services", name, "dist", "main.js"), {
          ...baseEnv,
          [`${name.toUpperCase()}_PORT`]: String(options.ports?.subgraphs[name] ?? 0),
        }),
      ),
    );
    for (const subgraph of subgraphs) {
      started.push(subgraph);
      subgraphUrls[subgraph.name] = subgraph.url;
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
      // The gateway URL is known only once it listens; the manifest is generated on each request.
      const manifest = { gateway: "", remotes: remoteUrls };
      const shell = await serveStatic(path.join(frontendsDir, "shell", "dist"), {
        port: options.ports?.shell ?? 0,
        host: HOST,
        generated: { "/manifest.json": () => JSON.stringify(manifest) },
      });
      sites.push(shell);
      shellUrl = shell.url;
      const gateway = await startGatewayProcess(baseEnv, subgraphUrls, options, shellUrl);
      started.push(gateway);
      manifest.gateway = gateway.url;
      return { gatewayUrl: gateway.url, subgraphUrls, shellUrl, remoteUrls, database, databasePrefix, dataDir, stop };
    }
    const gateway = await startGatewayProcess(baseEnv, subgraphUrls, options, "");
    started.push(gateway);
    return { gatewayUrl: gateway.url, subgraphUrls, shellUrl, remoteUrls, database, databasePrefix, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function startGatewayProcess(
  baseEnv: NodeJS.ProcessEnv,
  subgraphUrls: Record<string, string>,
  options: StackOptions,
  shellUrl: string,
): Promise<ServiceProcess> {
  const env: NodeJS.ProcessEnv = { ...baseEnv, GATEWAY_PORT: String(options.ports?.gateway ?? 0) };
  for (const [name, url] of Object.entries(subgraphUrls)) env[`${name.toUpperCase()}_URL`] = url;
  if (shellUrl) env.CORS_ORIGINS = [shellUrl, shellUrl.replace("127.0.0.1", "localhost")].join(",");
  return startProcess("gateway", path.join(repoRoot, "gateway", "dist", "main.js"), env);
}

async function dropSchemas(serverUrl: string, prefix: string): Promise<void> {
  const { createConnection } = await import("mysql2/promise");
  const connection = await createConnection({ uri: serverUrl });
  try {
    const [rows] = await connection.query("SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE ?", [`${prefix}%`]);
    for (const row of rows as { name: string }[]) await connection.query(`DROP DATABASE \`${row.name}\``);
  } finally {
    await connection.end();
  }
}
