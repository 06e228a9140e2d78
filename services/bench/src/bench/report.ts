import { round } from "./stats.js";

export interface ScenarioSummary {
  id: string;
  label: string;
  target: string;
  connections: number;
  runs: number;
  rps: number;
  p50: number;
  p99: number;
  /** Median CPU time per request, µs, of each process that worked for it. */
  cpuUsPerRequest: Record<string, number>;
  failures: number;
}

export interface Verdict {
  target: string;
  measured: string;
  met: boolean;
}

export interface SqlCount {
  query: string;
  small: number;
  large: number;
  smallBySubgraph: Record<string, number>;
  largeBySubgraph: Record<string, number>;
  equal: boolean;
}

const CPU_COLUMNS = ["gateway", "hive", "catalogue", "execution", "finance", "t0", "bench"];

/** The table printed at the end of `pnpm bench` (Markdown, so BENCHMARKS.md can quote it as is). */
export function scenarioTable(rows: ScenarioSummary[]): string {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r.cpuUsPerRequest)))].filter((name) => !CPU_COLUMNS.includes(name));
  const cpu = [...CPU_COLUMNS, ...extra].filter((name) => rows.some((r) => (r.cpuUsPerRequest[name] ?? 0) > 0));
  const header = ["scénario", "cible", "conn.", "RPS", "p50 ms", "p99 ms", "échecs", ...cpu.map((name) => `CPU ${name} µs/req`)];
  const lines = rows.map((r) => [
    `${r.id} ${r.label}`,
    r.target,
    String(r.connections),
    String(Math.round(r.rps)),
    r.p50.toFixed(3),
    r.p99.toFixed(3),
    String(r.failures),
    ...cpu.map((name) => (r.cpuUsPerRequest[name] ? String(Math.round(r.cpuUsPerRequest[name]!)) : "")),
  ]);
  return markdown(header, lines);
}

export function sqlTable(rows: SqlCount[], small: number, large: number): string {
  return markdown(
    ["requête UI", `instr. SQL à ${small} actions`, `à ${large} actions`, "par sous-graphe (2 / 200)", "constant"],
    rows.map((r) => [r.query, String(r.small), String(r.large), `${JSON.stringify(r.smallBySubgraph)} / ${JSON.stringify(r.largeBySubgraph)}`, r.equal ? "oui" : "NON"]),
  );
}

export function verdictTable(verdicts: Verdict[]): string {
  return markdown(["objectif", "mesuré", "atteint"], verdicts.map((v) => [v.target, v.measured, v.met ? "oui" : "NON"]));
}

export function markdown(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [row(header), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...lines.map(row)].join("\n");
}

export const ms = (value: number) => round(value, 3);
