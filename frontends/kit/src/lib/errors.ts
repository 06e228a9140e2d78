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

/** The input field a refusal is about (the graph's `extensions.champ`, e.g. "codePostal"), if any. */
export function champEnErreur(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const champ = error.errors.find((e) => typeof e.extensions?.champ === "string")?.extensions?.champ;
  return typeof champ === "string" ? champ : undefined;
}
