import { cpuByProcess, cpuDelta } from "./cpu.js";
import { load, type LoadResult, type Target as Request } from "./load.js";
import { body, UI_QUERIES } from "./queries.js";
import { ms, type ScenarioSummary, type SqlCount, type Verdict } from "./report.js";
import { median, round } from "./stats.js";

export interface Scenario {
  id: string;
  label: string;
  /** Which server answers: "t0", "catalogue", "gateway", "hive" or a compared build's label. */
  target: string;
  connections: number;
  request: Request;
}

export interface Run extends LoadResult {
  scenario: string;
  round: number;
  cpuUsPerRequest: Record<string, number>;
}

export interface Derived {
  /** Median over rounds of (T2 p50 − T1 p50) for each gateway, in ms. */
  hopP50: Record<string, number>;
  /** Median over rounds of our RPS / Hive's and our p99 / Hive's, at 10 connections, per T3 scenario and gateway. */
  versusHive: Record<string, { rpsRatio: number; p99Ratio: number }>;
}

const key = (s: Pick<Scenario, "id" | "target" | "connections">) => `${s.id}:${s.target}:${s.connections}`;

/**
 * Warm-up, then `reps` rounds; each round runs every scenario once, starting one further down
 * the list each time (interleaving: a burst of noise from the shared machine hits every
 * scenario alike). CPU per process is read from /proc before and after each run.
 */
export async function measure(
  scenarios: Scenario[],
  options: { duration: number; reps: number; warmup: number; label: (pid: number) => string | null; log: (line: string) => void },
): Promise<{ summaries: ScenarioSummary[]; derived: Derived; rounds: Run[] }> {
  for (const scenario of scenarios) {
    // Until it has answered a few requests (a heavy query on a loaded machine may need longer).
    // On a loaded machine a heavy scenario may answer nothing in the first seconds: longer tries then.
    let seconds = options.warmup;
    let warm = await load(scenario.request, scenario.connections, seconds);
    for (let extra = 0; extra < 4 && warm.failures === 0 && warm.ok < 20; extra += 1) warm = await load(scenario.request, scenario.connections, (seconds *= 2));
    // A few timeouts on an overloaded machine are counted (column « échecs »), not fatal; no answer at all is.
    if (warm.ok === 0 || warm.failures > warm.ok) {
      const { url, body: text, headers } = scenario.request;
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: text });
      throw new Error(`${key(scenario)} : ${warm.ok} réponses, ${warm.failures} échecs à l'échauffement ; exemple : ${response.status} ${(await response.text()).slice(0, 300)}`);
    }
  }
  const runs: Run[] = [];
  for (let round = 0; round < options.reps; round += 1) {
    const order = scenarios.map((_, i) => scenarios[(i + round) % scenarios.length]!);
    for (const scenario of order) {
      const before = cpuByProcess(options.label);
      const result = await load(scenario.request, scenario.connections, options.duration);
      const spent = cpuDelta(before, cpuByProcess(options.label));
      const cpuUsPerRequest = Object.fromEntries(
        Object.entries(spent)
          .filter(([, msSpent]) => msSpent > 0)
          .map(([name, msSpent]) => [name, round_(msSpent * 1000 / Math.max(1, result.ok))]),
      );
      runs.push({ ...result, scenario: key(scenario), round, cpuUsPerRequest });
    }
    options.log(`  tour ${round + 1}/${options.reps} fait`);
  }
  return { summaries: scenarios.map((s) => summarize(s, runs.filter((r) => r.scenario === key(s)))), derived: derive(scenarios, runs), rounds: runs };
}

const round_ = (value: number) => round(value, 1);

function summarize(scenario: Scenario, runs: Run[]): ScenarioSummary {
  const processes = [...new Set(runs.flatMap((r) => Object.keys(r.cpuUsPerRequest)))];
  return {
    id: scenario.id,
    label: scenario.label,
    target: scenario.target,
    connections: scenario.connections,
    runs: runs.length,
    rps: round(median(runs.map((r) => r.rps)), 0),
    p50: ms(median(runs.map((r) => r.p50))),
    p99: ms(median(runs.map((r) => r.p99))),
    // Only the processes that worked for this scenario (the others idle at ~0 µs/request).
    cpuUsPerRequest: Object.fromEntries(
      processes.map((name) => [name, round_(median(runs.map((r) => r.cpuUsPerRequest[name] ?? 0)))] as const).filter(([, us]) => us >= 2),
    ),
    failures: runs.reduce((sum, r) => sum + r.failures, 0),
  };
}

function derive(scenarios: Scenario[], runs: Run[]): Derived {
  const at = (id: string, target: string, connections: number, round: number) => runs.find((r) => r.scenario === `${id}:${target}:${connections}` && r.round === round);
  const rounds = [...new Set(runs.map((r) => r.round))];
  const hopP50: Derived["hopP50"] = {};
  for (const s of scenarios.filter((s) => s.id === "T2")) {
    hopP50[s.target] = ms(median(rounds.map((n) => at("T2", s.target, 1, n)!.p50 - at("T1", "catalogue", 1, n)!.p50)));
  }
  const versusHive: Derived["versusHive"] = {};
  for (const s of scenarios.filter((s) => s.id.startsWith("T3") && s.target !== "hive")) {
    if (!scenarios.some((o) => o.id === s.id && o.target === "hive")) continue;
    versusHive[`${s.id}:${s.target}`] = {
      rpsRatio: round(median(rounds.map((n) => at(s.id, s.target, 10, n)!.rps / at(s.id, "hive", 10, n)!.rps)), 3),
      p99Ratio: round(median(rounds.map((n) => at(s.id, s.target, 10, n)!.p99 / at(s.id, "hive", 10, n)!.p99)), 3),
    };
  }
  return { hopP50, versusHive };
}

/** The targets, judged on the medians. */
export function verdicts(results: { derived: Derived }): Verdict[] {
  const out: Verdict[] = [];
  for (const [gateway, hop] of Object.entries(results.derived.hopP50)) {
    out.push({ target: `saut ${gateway} (T2 − T1) ≤ 0,75 ms p50 à 1 connexion`, measured: `${hop.toFixed(3)} ms`, met: hop <= 0.75 });
  }
  for (const [scenario, { rpsRatio, p99Ratio }] of Object.entries(results.derived.versusHive)) {
    out.push({
      target: `${scenario} ≥ 1,0 × RPS de Hive Gateway à p99 égal (10 connexions)`,
      measured: `RPS ×${rpsRatio.toFixed(2)}, p99 ×${p99Ratio.toFixed(2)}`,
      met: rpsRatio >= 1 && p99Ratio <= 1.05,
    });
  }
  return out;
}

interface Answer {
  data?: { actions?: unknown[] };
  errors?: unknown[];
  extensions?: { sqlStatements?: number; sqlStatementsBySubgraph?: Record<string, number> };
}

async function ask(gatewayUrl: string, headers: Record<string, string>, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: body(query, variables) });
  return (await response.json()) as Answer;
}

/** SQL statements of each UI query through the gateway (the subgraphs' counts, summed by it) for an OF with few and one with many actions. */
export async function sqlCounts(gatewayUrl: string, small: Record<string, string>, large: Record<string, string>): Promise<SqlCount[]> {
  const counts: SqlCount[] = [];
  for (const { name, query, variables } of UI_QUERIES) {
    const [a, b] = [await ask(gatewayUrl, small, query, variables), await ask(gatewayUrl, large, query, variables)];
    for (const answer of [a, b]) {
      if (answer.errors || typeof answer.extensions?.sqlStatements !== "number") throw new Error(`${name} : ${JSON.stringify(answer).slice(0, 400)}`);
    }
    counts.push({
      query: `${name} [${a.data?.actions?.length ?? "?"} / ${b.data?.actions?.length ?? "?"} lignes]`,
      small: a.extensions!.sqlStatements!,
      large: b.extensions!.sqlStatements!,
      smallBySubgraph: a.extensions!.sqlStatementsBySubgraph ?? {},
      largeBySubgraph: b.extensions!.sqlStatementsBySubgraph ?? {},
      equal: a.extensions!.sqlStatements === b.extensions!.sqlStatements,
    });
  }
  return counts;
}
