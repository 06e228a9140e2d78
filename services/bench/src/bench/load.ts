import autocannon from "autocannon";
import { percentile } from "./stats.js";

export interface Target {
  url: string;
  /** JSON body of the POST. */
  body: string;
  headers: Record<string, string>;
  /** Authorization headers used in turn, one per request (many users); else `headers`' own. */
  authorizations?: string[];
}

export interface LoadResult {
  /** Successful (2xx) responses per second. */
  rps: number;
  p50: number;
  p99: number;
  /** 2xx responses counted. */
  ok: number;
  /** Non-2xx responses, errors and timeouts: any of them spoils the run. */
  failures: number;
}

/**
 * One closed-loop run of autocannon (each connection sends its next request when the previous
 * answer has arrived). Latencies are taken from every response event at full resolution
 * (autocannon's own histogram rounds to whole milliseconds, too coarse for a sub-ms hop).
 */
export async function load(target: Target, connections: number, durationSec: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finished = resolve;
    failed = reject;
  });
  const instance = autocannon(
    {
    url: target.url,
    method: "POST",
    headers: { "content-type": "application/json", ...target.headers },
    body: target.body,
    ...(target.authorizations?.length
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                next = (next + 1) % target.authorizations!.length;
                return { ...request, headers: { ...request.headers, authorization: target.authorizations![next]! } };
              },
            },
          ],
        }
      : {}),
    connections,
    pipelining: 1,
    duration: durationSec,
    timeout: 30,
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else failures += 1;
  });
  const started = process.hrtime.bigint();
  const result = await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  failures += result.errors + result.timeouts;
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), ok: latencies.length, failures };
}
