import { randomBytes } from "node:crypto";
import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
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
    const reference = randomBytes(5).toString("hex").toUpperCase();
    logger().error({ reference, origin: service, ...errorFields(original) }, "erreur interne");
    return {
      message: `Erreur interne. Référence : ${reference}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", reference },
    };
  };
}
