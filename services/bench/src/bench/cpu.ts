import { readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (100 on Linux almost always). */
const TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system CPU time, in milliseconds. */
  cpuMs: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces: the fields after it start past the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { pid, ppid: Number(fields[1]), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS };
  } catch {
    return null;
  }
}

function allProcesses(): ProcStat[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readStat(Number(name)))
    .filter((stat): stat is ProcStat => stat !== null);
}

/** The command line of a process, as one string. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ");
  } catch {
    return "";
  }
}

/**
 * CPU time (ms) of each process started by this one, with its own descendants added
 * (a Hive Gateway worker counts for Hive Gateway), keyed by the name `label` gives it;
 * this process itself (the load generator) is "bench".
 */
export function cpuByProcess(label: (pid: number) => string | null): Record<string, number> {
  const processes = allProcesses();
  const children = new Map<number, ProcStat[]>();
  for (const stat of processes) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const treeCpu = (stat: ProcStat): number => stat.cpuMs + (children.get(stat.pid) ?? []).reduce((sum, child) => sum + treeCpu(child), 0);
  const result: Record<string, number> = {};
  for (const child of children.get(process.pid) ?? []) {
    const name = label(child.pid);
    if (name) result[name] = (result[name] ?? 0) + treeCpu(child);
  }
  const own = process.cpuUsage();
  result.bench = (own.user + own.system) / 1000;
  return result;
}

/** What each process spent between two readings. */
export function cpuDelta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([name, ms]) => [name, ms - (before[name] ?? 0)]));
}
