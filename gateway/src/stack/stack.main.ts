import { intFromEnv, repoRoot } from "@sigma/kit/config/env";
import path from "node:path";
import { startStack } from "@sigma/stack/stack";

/**
 * `npm start`: the whole system on this machine with the embedded databases (or MySQL when
 * DATABASE_URL is set), demo data from the seeds, fixed ports, and the URLs printed.
 */
async function main(): Promise<void> {
  const useMysql = Boolean(process.env.DATABASE_URL);
  if (useMysql) process.env.MYSQL_URL = process.env.DATABASE_URL;
  const stack = await startStack({
    database: useMysql ? "mysql" : "sqlite",
    dataDir: process.env.SIGMA_DATA_DIR ?? path.join(repoRoot, ".data"),
    frontends: true,
    env: { KEEP_DATABASE: "1", DATABASE_PREFIX: process.env.DATABASE_PREFIX ?? "sigma_" },
    ports: {
      gateway: intFromEnv("GATEWAY_PORT", 4000),
      subgraphs: {
        catalogue: intFromEnv("CATALOGUE_PORT", 4001),
        execution: intFromEnv("EXECUTION_PORT", 4002),
        finance: intFromEnv("FINANCE_PORT", 4003),
      },
      shell: intFromEnv("SHELL_PORT", 5173),
      remotes: intFromEnv("REMOTES_PORT", 5174),
    },
  });
  const lines = [
    "",
    "SIGMA-graph est démarré.",
    `  Application (shell)   ${stack.shellUrl}/`,
    `  Graphe (gateway)      ${stack.gatewayUrl}`,
    ...Object.entries(stack.subgraphUrls).map(([name, url]) => `  Sous-graphe ${name.padEnd(10)}${url}`),
    ...Object.entries(stack.remoteUrls).map(([name, url]) => `  Micro-frontend ${name.padEnd(8)}${url}`),
    `  Données               ${stack.database === "sqlite" ? stack.dataDir : "MySQL"}`,
    "",
    "Comptes de démonstration (mot de passe : sigma-demo) :",
    "  OR5159   organisme ORGANISME TEST PRF 23",
    "  GR237    organisme GRETA HAUTE-GARONNE",
    "  REGION   instructeur de la Région",
    "  CARIF    consommateur des flux de l'offre (CARIF-OREF)",
    "",
    "Ctrl-C pour arrêter.",
    "",
  ];
  process.stdout.write(lines.join("\n"));
  const stop = () => stack.stop().then(() => process.exit(0), () => process.exit(1));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Échec du démarrage : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
