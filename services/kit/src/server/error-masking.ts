import { randomBytes } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { isDatabaseUnavailable, isRetryableConflict } from "../db/transaction.js";
import { DomainError } from "../errors/errors.js";
import { errorFields, logger } from "../logging/logger.js";

const SAFE_CODES = new Set([
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "PERSISTED_QUERY_NOT_ALLOWED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const CONCURRENT_WRITES = "Des enregistrements simultanés se sont gênés : rien n'a été enregistré, réessayez dans quelques instants.";
export const DATABASE_UNAVAILABLE = "La base de données est momentanément indisponible : réessayez dans quelques instants.";

/** Apollo Server's own refusals, said in French (the first words identify them). */
const FRENCH: [RegExp, string][] = [
  [/^This operation has been blocked as a potential Cross-Site Request Forgery/, "Requête bloquée (protection CSRF) : envoyez-la en JSON avec l'en-tête Content-Type: application/json."],
  [/^Operation batching disabled/, "Une seule opération par requête HTTP."],
  [/^GraphQL introspection is not allowed/, "L'introspection du schéma est désactivée."],
  [/^Syntax Error: (Trop |Requête )/, ""],
];

function french(message: string): string {
  for (const [pattern, replacement] of FRENCH) {
    if (pattern.test(message)) return replacement || message.replace(/^Syntax Error: /, "");
  }
  return message;
}

/**
 * Errors that are ours (a refused input) pass through with their code and French message;
 * anything else (a bug, a SQL failure) is logged with a correlation id and reaches the
 * client as a bare "Erreur interne" carrying that id — no stack, no SQL.
 */
export function maskErrors(service: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code as string | undefined;
    if (original instanceof DomainError || (code && SAFE_CODES.has(code))) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: french(formatted.message), extensions };
    }
    const downstream = formatted.extensions?.reference;
    if (code === "INTERNAL_SERVER_ERROR" && typeof downstream === "string" && /^[0-9A-F]{10}$/.test(downstream) && formatted.message === `Erreur interne. Référence : ${downstream}.`) {
      // Already masked and logged by a subgraph: one reference from end to end.
      logger().warn({ reference: downstream, origin: service }, "erreur interne d'un sous-graphe");
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code, reference: downstream } };
    }
    const reference = randomBytes(5).toString("hex").toUpperCase();
    // A driver error, possibly still wrapped in a GraphQLError (no path: raised outside a resolver).
    const cause = (original as { originalError?: unknown } | null)?.originalError ?? original;
    if (isDatabaseUnavailable(cause) || isRetryableConflict(cause)) {
      // The database is restarting or unreachable, or chose this transaction as a deadlock victim
      // (rolled back): the client may simply try again.
      const unavailable = isDatabaseUnavailable(cause);
      logger().warn({ reference, origin: service, ...errorFields(original) }, unavailable ? "base de données indisponible" : "transaction annulée (interblocage)");
      return {
        message: unavailable ? DATABASE_UNAVAILABLE : CONCURRENT_WRITES,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE", reference },
      };
    }
    logger().error({ reference, origin: service, ...errorFields(original) }, "erreur interne");
    return {
      message: `Erreur interne. Référence : ${reference}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", reference },
    };
  };
}
