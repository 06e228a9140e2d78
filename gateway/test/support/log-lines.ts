import type { Stack } from "@sigma/stack/stack";

/** One line of a service's JSON log (the fields the tests read). */
export interface LogLine {
  level: string;
  service: string;
  pid: number;
  msg: string;
  requestId?: string;
  traceId?: string;
  operation?: string | null;
  status?: number;
  durationMs?: number;
  errorCodes?: string[];
  span?: {
    traceId: string;
    spanId: string;
    parentSpanId: string | null;
    name: string;
    kind: string;
    attributes: Record<string, unknown>;
  };
}

/** Every line a service wrote, each parsed as JSON (a line that is not JSON fails the test). */
export function logLines(stack: Stack, service: string): LogLine[] {
  return stack
    .logs(service)
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`${service} a écrit une ligne qui n'est pas du JSON : ${line}`);
      }
    });
}

/**
 * Lines are written when a response closes and reach the test through a pipe: polls until
 * `found` returns a non-empty list (3 s at most) and returns it (possibly empty).
 */
export async function eventually<T>(found: () => T[]): Promise<T[]> {
  for (let i = 0; i < 150; i += 1) {
    const result = found();
    if (result.length > 0) return result;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return found();
}
