import { isDomainError } from "@sigma/kit/errors/errors";

/** The one method finance needs from kit's ServiceGraphClient (a read through the gateway as svc-finance). */
export interface GraphReader {
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

const failing = new Set<string>();

function log(level: "warn" | "info", msg: string): void {
  process.stdout.write(`${JSON.stringify({ level, service: "finance", msg })}\n`);
}

/**
 * Reads another domain; when the graph cannot answer — the domain is down, or a field finance
 * asks for is not on the supergraph yet (CONTRACTS.md fields still being built) — returns null
 * and says so in the log when it starts failing, and again when it reads again. Each caller decides what "nothing" means (no candidate to
 * invoice, an emission refused with SERVICE_UNAVAILABLE…). Refusals (NOT_FOUND…) propagate.
 */
export async function readOrNothing<T>(reader: GraphReader, label: string, query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  try {
    const data = await reader.query<T>(query, variables);
    if (failing.delete(label)) log("info", `lecture « ${label} » de nouveau possible`);
    return data;
  } catch (error) {
    if (!isDomainError(error) || error.extensions.code !== "SERVICE_UNAVAILABLE") throw error;
    if (!failing.has(label)) {
      failing.add(label);
      log("warn", `lecture « ${label} » impossible par le graphe : rien n'est utilisé à la place`);
    }
    return null;
  }
}

/**
 * One gateway request for several actions: `a0: actionParId(id: "1") { …fields }`, at most
 * `MAX_PAR_REQUETE` aliases (the gateway bounds aliases per request).
 */
export const MAX_PAR_REQUETE = 10;

export function aliasedActions(ids: readonly number[], selection: string): string {
  const parts = ids.map((id, i) => `a${i}: actionParId(id: "${Number(id)}") ${selection}`);
  return `query FinanceLecture { ${parts.join(" ")} }`;
}

/**
 * Splits `ids` into batches, reads each, and answers in `ids` order: the value, null for an
 * action the other domain does not know, undefined when the graph could not answer.
 */
export async function readActions<R, T>(
  ids: readonly number[],
  read: (batch: number[]) => Promise<Record<string, R | null> | null>,
  convert: (raw: R) => T,
): Promise<(T | null | undefined)[]> {
  const result: (T | null | undefined)[] = [];
  for (let start = 0; start < ids.length; start += MAX_PAR_REQUETE) {
    const batch = ids.slice(start, start + MAX_PAR_REQUETE);
    const data = await read(batch);
    batch.forEach((_, i) => {
      if (data === null) return result.push(undefined);
      const raw = data[`a${i}`] ?? null;
      return result.push(raw === null ? null : convert(raw));
    });
  }
  return result;
}
