import { intFromEnv } from "@sigma/kit/config/env";

export interface SubgraphFetchOptions {
  timeoutMs: number;
  /** Extra attempts for reads only (a mutation is never sent twice). */
  retries: number;
}

export function subgraphFetchOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SubgraphFetchOptions {
  return { timeoutMs: intFromEnv("SUBGRAPH_TIMEOUT_MS", 10_000, env), retries: intFromEnv("SUBGRAPH_RETRIES", 1, env) };
}

/** True when the subgraph request only reads (queries and `_entities` fetches). */
export function isRead(body: unknown): boolean {
  if (typeof body !== "string") return false;
  try {
    const query = (JSON.parse(body) as { query?: string }).query ?? "";
    return !/^\s*mutation\b/.test(query.replace(/^\s*#[^\n]*\n/gm, ""));
  } catch {
    return false;
  }
}

const isTransient = (error: unknown) =>
  error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError" || /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(`${error.message} ${String((error as { cause?: unknown }).cause ?? "")}`));

/**
 * How the gateway calls its subgraphs: Node's fetch (undici: keep-alive connection pools per
 * origin), a deadline per request, and a bounded retry with a short pause for reads that failed
 * on the network or timed out — never for mutations, which might have been applied.
 */
export function subgraphFetcher(options: SubgraphFetchOptions): typeof fetch {
  return async (input, init) => {
    const attempts = 1 + (isRead(init?.body) ? options.retries : 0);
    let lastError: unknown;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      try {
        return await fetch(input, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
      } catch (error) {
        lastError = error;
        if (!isTransient(error) || attempt === attempts - 1) break;
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
      }
    }
    throw lastError;
  };
}
