import { AsyncLocalStorage } from "node:async_hooks";
import { hostname } from "node:os";
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

/** What every log line written while serving one request carries (set by `withRequestScope`). */
export interface RequestScope {
  requestId: string;
  startedAt: number;
  /** Filled by the access-log plugin once the operation is known. */
  operationName?: string | null;
  errorCodes?: string[];
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Extra fields for every line of a request (the trace id once tracing is on). */
let extraFields: (() => Record<string, unknown>) | undefined;

export function addLogFields(fields: () => Record<string, unknown>): void {
  extraFields = fields;
}

/**
 * Paths never written, whatever a caller passes by mistake: credentials and the GraphQL
 * variables (which carry trainees' names, e-mails, passwords). Logs hold ids, codes, durations.
 */
const REDACTED = [
  "variables",
  "token",
  "jeton",
  "password",
  "motDePasse",
  "authorization",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "*.variables",
  "*.token",
  "*.jeton",
  "*.password",
  "*.motDePasse",
  "*.authorization",
];

function createLogger(service: string, env: NodeJS.ProcessEnv = process.env, destination?: DestinationStream): Logger {
  return pino(
    {
      level: env.LOG_LEVEL || "info",
      base: { service, pid: process.pid, host: hostname() },
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED, censor: "[masqué]" },
      mixin() {
        const scope = requestScope.getStore();
        if (!scope) return {};
        return extraFields ? { requestId: scope.requestId, ...extraFields() } : { requestId: scope.requestId };
      },
    },
    // Synchronous writes to stdout: a line is out before the process exits (a fatal start error,
    // SIGTERM), and the stack launcher reads "prêt sur …" from stdout.
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let root: Logger = createLogger("sigma");

/**
 * Names the process's service once, at start (catalogue, execution, finance, gateway).
 * Tests may pass their own destination to read the lines.
 */
export function initLogger(service: string, options: { env?: NodeJS.ProcessEnv; destination?: DestinationStream } = {}): Logger {
  root = createLogger(service, options.env, options.destination);
  return root;
}

/** The process's logger; inside a request every line also carries its `requestId`. */
export function logger(): Logger {
  return root;
}

/**
 * An error's message without what it may quote from the data (SQL errors quote values:
 * « Duplicate entry 'DUPONT' … »): quoted strings, e-mail addresses and long numbers are masked.
 */
export function scrubMessage(message: string): string {
  return message
    .replace(/'(?:[^'\\]|\\.)*'/g, "'…'")
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/«[^»]*»/g, "«…»")
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "…@…")
    .replace(/\d{6,}/g, "…")
    .slice(0, 300);
}

/** An error as a log field: class, code, scrubbed message and the first frames (no data). */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: scrubMessage(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    error: {
      type: error.name,
      ...(typeof code === "string" ? { code } : {}),
      message: scrubMessage(error.message),
      stack: error.stack?.split("\n").slice(1, 7).map((line) => line.trim()),
    },
  };
}
