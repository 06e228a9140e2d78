import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { createConnection } from "mysql2/promise";

const MARIADBD = process.env.SIGMA_MARIADBD ?? "/usr/sbin/mariadbd";
const INSTALL_DB = process.env.SIGMA_MARIADB_INSTALL_DB ?? "/usr/bin/mariadb-install-db";

/** True when this machine can run a private MariaDB server (Debian's mariadb-server package). */
export function privateMariadbAvailable(): boolean {
  return existsSync(MARIADBD) && existsSync(INSTALL_DB);
}

/**
 * A MariaDB server of a test's own: its own data folder, a free loopback port, root without a
 * password, never the machine's shared server. A fault test may kill and restart it at will.
 */
export interface PrivateMariadb {
  url: string;
  port: number;
  /** Kills the server (SIGKILL: a crash, InnoDB recovers at the next start) or stops it (SIGTERM) and waits for its exit. */
  stop(signal?: "SIGKILL" | "SIGTERM"): Promise<void>;
  /** Starts it again on the same port and data, and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it and removes its data folder. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startPrivateMariadb(): Promise<PrivateMariadb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sigma-mariadb-"));
  const dataDir = path.join(dir, "data");
  const install = spawnSync(INSTALL_DB, ["--no-defaults", `--datadir=${dataDir}`, `--user=${os.userInfo().username}`, "--auth-root-authentication-method=normal", "--skip-test-db"], {
    encoding: "utf8",
    timeout: 120_000,
  });
  if (install.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db a échoué : ${install.stderr || install.stdout}`);
  }
  const port = await freePort();
  const url = `mysql://root@127.0.0.1:${port}`;
  const args = [
    "--no-defaults",
    `--datadir=${dataDir}`,
    `--user=${os.userInfo().username}`,
    `--port=${port}`,
    "--bind-address=127.0.0.1",
    `--socket=${path.join(dir, "mariadb.sock")}`,
    `--pid-file=${path.join(dir, "mariadb.pid")}`,
    `--log-error=${path.join(dir, "error.log")}`,
    "--character-set-server=utf8mb4",
    "--collation-server=utf8mb4_unicode_ci",
    "--innodb-buffer-pool-size=64M",
    "--innodb-flush-log-at-trx-commit=1",
    "--skip-log-bin",
    "--max-connections=200",
  ];
  let child: ChildProcess | null = null;

  const start = async () => {
    const server = spawn(MARIADBD, args, { stdio: "ignore" });
    child = server;
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`mariadbd s'est arrêté au démarrage (voir ${path.join(dir, "error.log")})`);
      try {
        const connection = await createConnection({ uri: url, connectTimeout: 1_000 });
        await connection.end();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`mariadbd ne répond pas sur le port ${port} (voir ${path.join(dir, "error.log")})`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  };
  const stop = async (signal: "SIGKILL" | "SIGTERM" = "SIGTERM") => {
    const server = child;
    child = null;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
    server.kill(signal);
    await exited;
  };
  // Never leave a server behind, even when the test process ends abruptly.
  const orphanGuard = () => child?.kill("SIGKILL");
  process.once("exit", orphanGuard);
  try {
    await start();
  } catch (error) {
    await stop("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    port,
    stop,
    start,
    dispose: async () => {
      process.off("exit", orphanGuard);
      await stop("SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
