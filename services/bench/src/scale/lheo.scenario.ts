import { readFileSync } from "node:fs";

/** Full LHEO export as measured at scale: status, time, bytes, formations, RSS and CPU of each stack process. */
export interface LheoExport {
  status: number;
  seconds: number;
  megabytes: number;
  formations: number;
  rssBeforeMb: Record<string, number>;
  peakRssMb: Record<string, number>;
  cpuSeconds: Record<string, number>;
}

const FORMATION = Buffer.from("<formation ");

const rssMb = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS"));
  return Number(/(\d+)/.exec(line ?? "")?.[1] ?? 0) / 1024;
};

/** utime + stime of a process, in seconds (clock ticks of 1/100 s). */
const cpuSeconds = (pid: number): number => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

/** Occurrences of `needle` in a stream of chunks, across chunk boundaries, without decoding the text. */
export function occurrenceCounter(needle: Buffer): { feed: (chunk: Uint8Array) => void; count: () => number } {
  let count = 0;
  let tail = Buffer.alloc(0);
  return {
    feed(chunk) {
      const buffer = tail.length ? Buffer.concat([tail, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + needle.length)) count += 1;
      // Keep what could be the start of a needle cut by the chunk's end (never a whole one: counted).
      tail = Buffer.from(buffer.subarray(Math.max(0, buffer.length - needle.length + 1)));
    },
    count: () => count,
  };
}

/**
 * `GET /feeds/lheo.xml` with the CARIF token, read to the end the way a consumer would: RSS of
 * each stack process sampled every 50 ms, CPU read from /proc before and after, the formations
 * counted on the raw bytes (decoding 270 MB in the bench would cost it seconds of the cores the
 * stack is measured on).
 */
export async function measureLheoExport(gatewayUrl: string, headers: Record<string, string>, pids: Record<string, number>): Promise<LheoExport> {
  const peak: Record<string, number> = {};
  const sample = () => {
    for (const [name, pid] of Object.entries(pids)) peak[name] = Math.max(peak[name] ?? 0, rssMb(pid));
  };
  const rssBeforeMb = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, rssMb(pid)]));
  const cpuBefore = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const sampler = setInterval(sample, 50);
  const started = process.hrtime.bigint();
  try {
    const response = await fetch(gatewayUrl.replace(/\/graphql$/, "/feeds/lheo.xml"), { headers });
    let bytes = 0;
    const formations = occurrenceCounter(FORMATION);
    for await (const chunk of response.body!) {
      bytes += chunk.length;
      formations.feed(chunk);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    sample();
    const cpu = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid) - cpuBefore[name]!]));
    return { status: response.status, seconds, megabytes: bytes / 1e6, formations: formations.count(), rssBeforeMb, peakRssMb: peak, cpuSeconds: cpu };
  } finally {
    clearInterval(sampler);
  }
}

/** One line of the at-scale report. */
export function describeLheoExport(lheo: LheoExport): string {
  const mb = (record: Record<string, number>, name: string) => record[name]?.toFixed(0);
  const cpu = Object.entries(lheo.cpuSeconds).map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(", ");
  return (
    `Export LHEO complet : HTTP ${lheo.status}, ${lheo.formations} formations, ${lheo.megabytes.toFixed(1)} Mo en ${lheo.seconds.toFixed(1)} s ; ` +
    `RSS de pointe passerelle ${mb(lheo.peakRssMb, "gateway")} Mo, catalogue ${mb(lheo.peakRssMb, "catalogue")} Mo ` +
    `(avant : ${mb(lheo.rssBeforeMb, "gateway")} / ${mb(lheo.rssBeforeMb, "catalogue")} Mo) ; CPU ${cpu}.`
  );
}
