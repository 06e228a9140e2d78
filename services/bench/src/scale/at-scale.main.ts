import { createPrivateKey, sign } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createConnection } from "mysql2/promise";
import { repoRoot } from "@sigma/kit/config/env";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { commandLine } from "../bench/cpu.js";
import { markdown } from "../bench/report.js";
import { percentile } from "../bench/stats.js";
import { MYSQL_URL } from "../generate/target.js";
import { describeRows, organismeScreens, persistedScreen, regionScreens } from "./screens.scenarios.js";
import { mesurerTableaux } from "./dashboards.scenario.js";
import { describeLheoExport, measureLheoExport } from "./lheo.scenario.js";
import { monthlyRush } from "./rush.js";

/**
 * `node dist/scale/at-scale.main.js --prefix sigma_perf10_ [--reps 20]`: the at-scale figures on
 * databases filled by the generator (MariaDB): the screens' queries for a median and the largest
 * organisme and for the Région, the dashboards, the full LHEO export (time, peak RSS of the
 * gateway and of catalogue). Prints a Markdown table and writes it as JSON next to the results.
 */
const UNLIMITED = { RATE_LIMIT_PER_MINUTE: "1000000000", RATE_LIMIT_BURST: "1000000000" };
const b64 = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/** A token for any account, signed with this stack's throwaway keys (generated organismes have no accounts). */
function tokenFor(stack: Stack, template: string, claims: Record<string, unknown>): Record<string, string> {
  const [header, payload] = template.replace(/^Bearer /, "").split(".") as [string, string];
  const base = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
  const { privateKey } = JSON.parse(readFileSync(path.join(stack.dataDir, "keys.json"), "utf8")) as { privateKey: string };
  const input = `${header}.${b64(JSON.stringify({ ...base, ...claims }))}`;
  return { authorization: `Bearer ${input}.${b64(sign(null, Buffer.from(input), createPrivateKey(privateKey)))}` };
}

/** The stack's processes (children of this one) by service name, for their RSS. */
function servicePids(): Record<string, number> {
  const pids: Record<string, number> = {};
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid !== process.pid) continue;
      const match = /services\/(\w+)\/dist\/main\.js|gateway\/dist\/(main)\.js/.exec(commandLine(Number(name)));
      if (match) pids[match[1] ?? "gateway"] = Number(name);
    } catch {
      // gone
    }
  }
  return pids;
}

interface Timed {
  name: string;
  who: string;
  rows: string;
  n: number;
  p50: number;
  p95: number;
  max: number;
  sqlStatements?: number;
}

async function timeQuery(gatewayUrl: string, name: string, who: string, headers: Record<string, string>, query: string, reps: number, variables: Record<string, unknown> = {}): Promise<Timed> {
  const times: number[] = [];
  let rows = "";
  let sqlStatements: number | undefined;
  for (let i = 0; i < reps; i += 1) {
    const started = process.hrtime.bigint();
    const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
    const text = await response.text();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[]; extensions?: { sqlStatements?: number } };
    if (body.errors || response.status !== 200) {
      // A screen that fails at this volume is a result: recorded, with its time, and the run goes on.
      const codes = [...new Set((body.errors as { extensions?: { code?: string } }[] | undefined)?.map((e) => e.extensions?.code ?? "?") ?? [String(response.status)])];
      return { name, who, rows: `ÉCHEC ${codes.join(", ")} après ${times.at(-1)!.toFixed(0)} ms`, n: i + 1, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), sqlStatements: body.extensions?.sqlStatements };
    }
    rows = describeRows(body.data, text.length);
    sqlStatements = body.extensions?.sqlStatements;
  }
  return { name, who, rows, n: reps, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), sqlStatements };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: "string", default: "screens,dashboards,lheo" }, prefix: { type: "string", default: "sigma_perf10_" }, reps: { type: "string", default: "20" }, out: { type: "string" } } });
  const prefix = values.prefix!;
  const reps = Number(values.reps);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  // `--only rush` (alone or with the others): the monthly-rush mutation mix, on a stack of its own (rush.ts).
  if (values.only!.split(",").includes("rush")) {
    const rush = await monthlyRush({ prefix, ofs: Number(process.env.RUSH_OFS ?? 40), actions: Number(process.env.RUSH_ACTIONS ?? 2), trainees: Number(process.env.RUSH_TRAINEES ?? 12) }, say);
    say(`\n${rush.report}\n`);
    if (values.out) writeFileSync(values.out.replace(/(\.json)?$/, ".rush.json"), `${JSON.stringify(rush, null, 2)}\n`);
    if (values.only === "rush") return;
  }

  const db = await createConnection({ uri: `${MYSQL_URL}/${prefix}catalogue` });
  const [sizes] = await db.query("SELECT organisme_id AS id, COUNT(*) AS n FROM action GROUP BY organisme_id ORDER BY n DESC, organisme_id");
  const [[counts]] = (await db.query("SELECT (SELECT COUNT(*) FROM action) AS actions, (SELECT COUNT(*) FROM session) AS sessions, (SELECT COUNT(*) FROM organisme) AS organismes")) as unknown as [[Record<string, number>]];
  await db.end();
  const ofs = sizes as { id: number; n: number }[];
  const largest = ofs[0]!;
  const median = ofs[Math.floor(ofs.length / 2)]!;
  say(`Base ${prefix}* : ${JSON.stringify(counts)} ; plus grand OF ${largest.id} (${largest.n} actions), OF médian ${median.id} (${median.n})`);

  const stack = await startStack({ database: "mysql", env: { DATABASE_PREFIX: prefix, KEEP_DATABASE: "1", ...UNLIMITED } });
  try {
    const region = await login(stack.gatewayUrl, "REGION");
    const carif = await login(stack.gatewayUrl, "CARIF");
    const of = (id: number) => tokenFor(stack, region.authorization!, { role: "ORGANISME", org: id, idf: `OF${id}`, sub: `bench-${id}` });
    const who: [string, Record<string, string>][] = [
      [`OF médian (${median.n} actions)`, of(median.id)],
      [`plus grand OF (${largest.n} actions)`, of(largest.id)],
    ];
    const persisted = JSON.parse(readFileSync(path.join(repoRoot, "gateway", "persisted-operations.json"), "utf8")) as Record<string, string>;

    const parts = new Set(values.only!.split(","));
    const ui: Timed[] = [];
    // The screens' paginated queries (screens.scenarios.ts).
    const sizeOf = (label: string) => (label.startsWith("plus grand") ? largest.n : median.n);
    for (const [label, headers] of parts.has("screens") ? who : []) {
      for (const s of organismeScreens(persistedScreen(persisted), sizeOf(label))) {
        say(`  ${s.name} — ${label}`);
        ui.push(await timeQuery(stack.gatewayUrl, s.name, label, headers, s.query, reps, s.variables));
      }
    }
    if (parts.has("screens")) say("  Région : listes paginées, recherche, factures par statut");
    for (const s of parts.has("screens") ? regionScreens(persistedScreen(persisted), Number(counts.actions)) : []) ui.push(await timeQuery(stack.gatewayUrl, s.name, "Région", region, s.query, reps, s.variables));
    if (parts.has("screens")) ui.push(await timeQuery(stack.gatewayUrl, "rechercheActions (20 par page)", "Région", region, "query R($apres: String) { rechercheActions(premiers: 20, apres: $apres) { nodes { id numero intitule statut organisme { raisonSociale } } pageInfo { endCursor hasNextPage } } }", reps));

    const dashboards: Timed[] = parts.has("dashboards")
      ? await mesurerTableaux<Timed>({
          prefix, region, say, operation: persistedScreen(persisted),
          organismes: [{ label: `OF médian (${median.n} actions)`, id: median.id, headers: who[0]![1] }, { label: `plus grand OF (${largest.n} actions)`, id: largest.id, headers: who[1]![1] }],
          time: (name, label, headers, query, variables) => timeQuery(stack.gatewayUrl, name, label, headers, query, reps, variables),
        })
      : [];

    if (parts.has("lheo")) say("  Export LHEO complet…");
    const lheo = parts.has("lheo") ? await measureLheoExport(stack.gatewayUrl, carif, servicePids()) : null;
    if (lheo) say(`  ${JSON.stringify(lheo)}`);

    const fmt = (t: Timed) => [t.name, t.who, t.rows, String(t.n), t.p50.toFixed(1), t.p95.toFixed(1), t.max.toFixed(1), t.sqlStatements === undefined ? "" : String(t.sqlStatements)];
    const header = ["requête", "appelant", "réponse", "n", "p50 ms", "p95 ms", "max ms", "instr. SQL"];
    const report = [
      `## À l'échelle — ${new Date().toISOString().slice(0, 16)} — ${JSON.stringify(counts)}`,
      "",
      "Écrans (requêtes persistées des front ends) et recherche paginée :",
      "",
      markdown(header, ui.map(fmt)),
      "",
      "Tableaux de bord :",
      "",
      markdown(header, dashboards.map(fmt)),
      "",
      lheo ? describeLheoExport(lheo) : "Export LHEO : non mesuré (--only sans lheo).",
    ].join("\n");
    say(`\n${report}\n`);
    if (values.out) writeFileSync(values.out, `${JSON.stringify({ counts, largest, median, ui, dashboards, lheo }, null, 2)}\n`);
  } finally {
    await stack.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Échec : ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
