import { CombinedGraphQLErrors, ServerError, ServerParseError } from "@apollo/client/errors";

/**
 * What to tell a user about a failed operation: the graph's own French messages for refused
 * inputs (BAD_USER_INPUT, FORBIDDEN…), a plain sentence for everything else.
 */
export function messageErreur(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const messages = [...new Set(error.errors.map((e) => e.message).filter(Boolean))];
    if (messages.length) return messages.join(" ");
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return "Trop de requêtes : réessayez dans un instant.";
    return `Le serveur a répondu par une erreur (${error.statusCode}).`;
  }
  if (ServerParseError.is(error)) return "Réponse du serveur illisible.";
  return "Le serveur est injoignable. Vérifiez votre connexion puis réessayez.";
}
