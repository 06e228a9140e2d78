import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { intFromEnv } from "@sigma/kit/config/env";

export interface SubgraphFetchOptions {
  timeoutMs: number;
  /** Extra attempts for reads only (a mutation is never sent twice). */
  retries: number;
  /** Sockets open at most to each subgraph (requests past it wait for a free one). */
  maxSockets: number;
  /** An idle pooled socket is closed after this long (below the subgraphs' 65 s keep-alive, so the client closes first). */
  idleSocketMs: number;
}

export function subgraphFetchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphFetchOptions {
  return {
    timeoutMs: intFromEnv("SUBGRAPH_TIMEOUT_MS", 10_000, env),
    retries: intFromEnv("SUBGRAPH_RETRIES", 1, env),
    maxSockets: Math.max(1, intFromEnv("SUBGRAPH_MAX_SOCKETS", 64, env)),
    idleSocketMs: 30_000,
  };
}

/** True when the subgraph request only reads (queries and `_entities` fetches). */
export function isRead(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    return isReadQuery((JSON.parse(body) as { query?: string }).query ?? "");
  } catch {
    return false;
  }
}

/** True when a GraphQL document's operation is not a mutation (the query planner writes one operation per fetch). */
export function isReadQuery(query: string): boolean {
  return !/^\s*mutation\b/.test(query.replace(/^\s*#[^\n]*\n/gm, ""));
}

const isTransient = (error: unknown) =>
  error instanceof Error &&
  (error.name === "TimeoutError" ||
    error.name === "AbortError" ||
    /fetch failed|ECONNREFUSED|ECONNRESET|EPIPE|socket/i.test(`${error.message} ${(error as { code?: string }).code ?? ""} ${String((error as { cause?: unknown }).cause ?? "")}`));

/** What a subgraph answered: the part of a fetch Response that the gateway reads, body already in memory. */
export class SubgraphResponse {
  constructor(
    readonly status: number,
    readonly statusText: string,
    private readonly rawHeaders: IncomingHttpHeaders,
    readonly url: string,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  readonly headers = {
    get: (name: string): string | null => {
      const value = this.rawHeaders[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
  };

  async text(): Promise<string> {
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body);
  }
}

export interface SubgraphRequestInit {
  method?: string;
  /** A plain object, or a Headers (the tracing wrapper passes one). */
  headers?: Record<string, string> | Headers;
  body: string;
  /** The caller knows whether the request only reads; else the body is parsed to find out. */
  read?: boolean;
}

export type SubgraphFetch = (input: string | URL, init: SubgraphRequestInit) => Promise<SubgraphResponse>;

class TimeoutError extends Error {
  override name = "TimeoutError";
}

/**
 * How the gateway calls its subgraphs: node:http with a keep-alive agent (a bounded pool of
 * sockets per subgraph, reused hottest first, idle ones closed before the subgraph would), one
 * deadline per attempt, and a bounded retry with a short pause for reads that failed on the
 * network or timed out — never for mutations, which might have been applied.
 *
 * It replaces Node's fetch (undici) under @apollo/gateway: for ~1 KB JSON answers on loopback,
 * WHATWG Request/Headers/Response and body streams cost more CPU than the request itself
 * (see BENCHMARKS.md).
 */
export function subgraphFetcher(options: SubgraphFetchOptions): SubgraphFetch & { close: () => void } {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: "lifo" as const, timeout: options.idleSocketMs };
  const agent = new Agent(agentOptions);
  const httpsAgent = new HttpsAgent(agentOptions);

  // A subgraph's URL, parsed once: node:http would otherwise turn a URL object into request
  // options (urlToHttpOptions, an IP check) on every call.
  const targets = new Map<string, { url: URL; secure: boolean; options: { protocol: string; hostname: string; port: string; path: string } }>();
  const target = (input: string | URL) => {
    const key = typeof input === "string" ? input : input.href;
    let found = targets.get(key);
    if (!found) {
      const url = typeof input === "string" ? new URL(input) : input;
      found = { url, secure: url.protocol === "https:", options: { protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ""), port: url.port, path: `${url.pathname}${url.search}` } };
      if (targets.size < 64) targets.set(key, found);
    }
    return found;
  };

  const once = (to: ReturnType<typeof target>, method: string, headers: Record<string, string>, body: string): Promise<SubgraphResponse> =>
    new Promise((resolve, reject) => {
      headers["content-length"] = String(Buffer.byteLength(body));
      const req = (to.secure ? httpsRequest : httpRequest)({ ...to.options, method, agent: to.secure ? httpsAgent : agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          clearTimeout(deadline);
          resolve(new SubgraphResponse(res.statusCode ?? 0, res.statusMessage ?? "", res.headers, to.url.href, chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8")));
        });
        res.on("error", fail);
        res.on("aborted", () => fail(new Error("socket hang up")));
      });
      function fail(error: Error) {
        clearTimeout(deadline);
        reject(error);
      }
      const deadline = setTimeout(() => req.destroy(new TimeoutError(`pas de réponse en ${options.timeoutMs} ms`)), options.timeoutMs);
      req.on("error", fail);
      req.end(body);
    });

  const fetcher = async (input: string | URL, init: SubgraphRequestInit) => {
    const to = target(input);
    const headers = init.headers instanceof Headers ? Object.fromEntries(init.headers) : { ...init.headers };
    const attempts = 1 + ((init.read ?? isRead(init.body)) ? options.retries : 0);
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      try {
        return await once(to, init.method ?? "POST", headers, init.body);
      } catch (error) {
        lastError = error;
        if (!isTransient(error) || attempt === attempts - 1) break;
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
      }
    }
    throw lastError;
  };
  return Object.assign(fetcher, {
    close: () => {
      agent.destroy();
      httpsAgent.destroy();
    },
  });
}
