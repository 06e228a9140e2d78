import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { repoRoot } from "@sigma/kit/config/env";
import { startProcess, type ServiceProcess } from "@sigma/stack/processes";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { commandLine } from "./bench/cpu.js";
import { loadFixture, LARGE, SMALL } from "./bench/fixture.js";
import { startHiveGateway, type HiveGateway } from "./bench/hive.js";
import { userTokens } from "./bench/tokens.js";
import { body, SINGLE_SUBGRAPH, THREE_SUBGRAPHS } from "./bench/queries.js";
import { scenarioTable, sqlTable, verdictTable } from "./bench/report.js";
import { measure, sqlCounts, verdicts, type Scenario } from "./bench/run.js";
import { dropMysqlSchemas, describeTarget, migrate, stackOptions, type Target } from "./generate/target.js";

/**
 * The per-client rate limit (1 200/min) would refuse the benchmark's one client after its burst:
 * the limiter still runs on every request (its cost is measured), with a bucket that never empties.
 */
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: "1000000000", RATE_LIMIT_BURST: "1000000000" };
const withEnv = <T extends { env?: NodeJS.ProcessEnv }>(options: T, env: NodeJS.ProcessEnv): T => ({ ...options, env: { ...options.env, ...env } });

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * `pnpm bench [--mysql] [--duration 5] [--reps 5] [--warmup 3] [--compare label=path/to/gateway/main.js]`
 * Starts the stack on a database of its own, adds the 2/200-row fixture, starts Hive Gateway and
 * a bare server next to it, warms up, runs every scenario once per round in a rotating order,
 * and prints and writes the medians (services/bench/BENCHMARKS.results[.mysql].json).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mysql: { type: "boolean", default: false },
      duration: { type: "string", default: "5" },
      reps: { type: "string", default: "5" },
      warmup: { type: "string", default: "3" },
      compare: { type: "string", multiple: true, default: [] },
      hive: { type: "boolean", default: true },
      /** T3 with one token for every request (identical requests: Hive Gateway's in-flight dedup kicks in). */
      "one-user": { type: "boolean", default: false },
      /** Folder for V8 CPU profiles of every stack process (node --cpu-prof), written when they stop. */
      profile: { type: "string" },
      out: { type: "string" },
      /** Seconds to wait after setting up, printing the requests (to profile or poke at the servers by hand). */
      pause: { type: "string", default: "0" },
    },
    allowNegative: true,
  });
  const duration = Number(values.duration);
  const reps = Number(values.reps);
  const warmup = Number(values.warmup);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "sigma-bench-"));
  const target: Target = values.mysql ? { kind: "mysql", prefix: `sigma_b${Date.now().toString(36)}_` } : { kind: "sqlite", dataDir: path.join(tmp, "data") };
  const out = values.out ?? path.join(benchDir, values.mysql ? "BENCHMARKS.results.mysql.json" : "BENCHMARKS.results.json");
  const say = (line: string) => process.stdout.write(`${line}\n`);

  let stack: Stack | undefined;
  let hive: HiveGateway | undefined;
  const extra: ServiceProcess[] = [];
  // Everything started is stopped, on success, failure or Ctrl-C alike.
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      await hive?.stop();
      await Promise.all(extra.map((p) => p.stop()));
      await stack?.stop();
      if (target.kind === "mysql") await dropMysqlSchemas(target.prefix).catch(() => {});
      rmSync(tmp, { recursive: true, force: true });
    })());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      say(`${signal} : arrêt de tout ce que le banc a démarré…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  try {
    say(`Base : ${describeTarget(target)} — migrations, puis ${SMALL} actions pour OR5159 et ${LARGE} pour GR237`);
    await migrate(target);
    await loadFixture(target);
    // Node 20 refuses --cpu-prof in NODE_OPTIONS: the inspector, loaded with --import, writes the profile at SIGTERM.
    const profiling = values.profile
      ? { NODE_OPTIONS: `--import=${path.join(benchDir, "dist", "profile", "cpu-profile.register.js")}`, SIGMA_CPU_PROFILE_DIR: path.resolve(values.profile) }
      : {};
    stack = await startStack(withEnv(stackOptions(target), { ...UNLIMITED, ...profiling }));
    const of = await login(stack.gatewayUrl, "OR5159");
    const ofLarge = await login(stack.gatewayUrl, "GR237");
    // Many users of each organisme (distinct tokens), as in the monthly rush: see tokens.ts.
    const users = values["one-user"] ? undefined : userTokens(stack.dataDir, of.authorization!, 50);
    const usersLarge = values["one-user"] ? undefined : userTokens(stack.dataDir, ofLarge.authorization!, 50);

    // Other builds of our gateway, against the same subgraphs (before/after a tuning).
    const gateways: Record<string, string> = { gateway: stack.gatewayUrl };
    for (const spec of values.compare) {
      const [label, entry] = spec.split("=") as [string, string];
      const env: NodeJS.ProcessEnv = { ...UNLIMITED, ...profiling, SIGMA_DATA_DIR: stack.dataDir, GATEWAY_PORT: "0", SIGMA_SUPERGRAPH_FILE: path.join(repoRoot, "gateway", "supergraph.graphql") };
      for (const [name, url] of Object.entries(stack.subgraphUrls)) env[`${name.toUpperCase()}_URL`] = url;
      const process_ = await startProcess(label, path.resolve(entry), env);
      extra.push(process_);
      gateways[label] = process_.url;
    }
    if (values.hive) {
      hive = await startHiveGateway(path.join(repoRoot, "gateway", "supergraph.graphql"), stack.subgraphUrls, async (url) => {
        const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...of }, body: body(THREE_SUBGRAPHS) });
        return response.ok && !((await response.json()) as { errors?: unknown }).errors;
      });
      gateways.hive = hive.url;
    }

    // T0 answers the very bytes our gateway answers.
    const answer = async (query: string) =>
      (await fetch(stack!.gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...of }, body: body(query) })).text();
    const bodiesFile = path.join(tmp, "bodies.json");
    writeFileSync(bodiesFile, JSON.stringify({ "/t2": await answer(SINGLE_SUBGRAPH), "/t3": await answer(THREE_SUBGRAPHS) }));
    const bare = await startProcess("t0", path.join(benchDir, "dist", "bench", "bare-server.main.js"), { BENCH_BODIES: bodiesFile });
    extra.push(bare);
    const bareOrigin = new URL(bare.url).origin;

    const labels = new Map<number, string>([[bare.child.pid!, "t0"], ...extra.map((p) => [p.child.pid!, p.name] as [number, string])]);
    if (hive) labels.set(hive.pid, "hive");
    const label = (pid: number) => labels.get(pid) ?? /services\/(\w+)\/dist\/main\.js|gateway\/dist\/(main)\.js/.exec(commandLine(pid))?.slice(1).find(Boolean)?.replace(/^main$/, "gateway") ?? null;

    const single = body(SINGLE_SUBGRAPH);
    const three = body(THREE_SUBGRAPHS);
    const scenarios: Scenario[] = [
      { id: "T0", label: "serveur nu (octets de T2)", target: "t0", connections: 1, request: { url: `${bareOrigin}/t2`, body: single, headers: of } },
      { id: "T1", label: "1 sous-graphe en direct", target: "catalogue", connections: 1, request: { url: stack.subgraphUrls.catalogue!, body: single, headers: of } },
      ...Object.entries(gateways)
        .filter(([name]) => name !== "hive")
        .map(([name, url]): Scenario => ({ id: "T2", label: "1 sous-graphe via passerelle", target: name, connections: 1, request: { url, body: single, headers: of } })),
      { id: "T0", label: "serveur nu (octets de T3)", target: "t0", connections: 10, request: { url: `${bareOrigin}/t3`, body: three, headers: of } },
      ...Object.entries(gateways).map(([name, url]): Scenario => ({ id: "T3", label: `3 sous-graphes, ${SMALL} actions`, target: name, connections: 10, request: { url, body: three, headers: of, authorizations: users } })),
      ...Object.entries(gateways).map(([name, url]): Scenario => ({ id: "T3L", label: `3 sous-graphes, ${LARGE} actions`, target: name, connections: 10, request: { url, body: three, headers: ofLarge, authorizations: usersLarge } })),
    ];

    if (Number(values.pause) > 0) {
      writeFileSync(path.join(os.tmpdir(), "sigma-bench-scenarios.json"), JSON.stringify(scenarios, null, 2));
      say(`Pause de ${values.pause} s : scénarios dans ${path.join(os.tmpdir(), "sigma-bench-scenarios.json")}`);
      await new Promise((resolve) => setTimeout(resolve, Number(values.pause) * 1000));
    }
    say(`Instructions SQL par requête (${SMALL} puis ${LARGE} actions)…`);
    const sql = await sqlCounts(stack.gatewayUrl, of, ofLarge);
    say(`${scenarios.length} scénarios × ${reps} tours de ${duration} s (échauffement ${warmup} s chacun)…`);
    const results = await measure(scenarios, { duration, reps, warmup, label, log: say });
    const checks = verdicts(results);

    const report = [
      `## ${new Date().toISOString().slice(0, 16)} — ${values.mysql ? "MariaDB" : "SQLite"}, ${reps} tours × ${duration} s, médianes`,
      "",
      scenarioTable(results.summaries),
      "",
      sqlTable(sql, SMALL, LARGE),
      "",
      verdictTable(checks),
    ].join("\n");
    say(`\n${report}\n`);
    writeFileSync(
      out,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load: os.loadavg() },
          database: values.mysql ? "mariadb" : "sqlite",
          method: { duration, reps, warmup, loader: "autocannon (closed loop, pipelining 1)" },
          scenarios: results.summaries,
          derived: results.derived,
          sql,
          verdicts: checks,
          rounds: results.rounds,
        },
        null,
        2,
      )}\n`,
    );
    say(`Résultats : ${out}`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Échec du banc : ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
