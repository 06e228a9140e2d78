import type { ApolloServerPlugin } from "@apollo/server";
import type { KeyValueCache } from "@apollo/utils.keyvaluecache";
import type { RequestContext } from "@sigma/kit/context/context";
import { GraphQLError } from "graphql";

/**
 * Automatic persisted queries answered from the manifest only: a client may send just the
 * hash of a known operation, and nobody can register a new one (`set` does nothing).
 */
export function manifestCache(operations: Map<string, string>): KeyValueCache<string> {
  return {
    get: async (key) => operations.get(key.replace(/^apq:/, "")),
    set: async () => {},
    delete: async () => {},
  };
}

/**
 * In production, browsers (a request with an Origin header, or an organisme's token) may run
 * only the operations the front ends were built with. Third-party consumers with REGION or
 * CARIF credentials, calling from a server, may send their own queries within the limits.
 */
export function persistedOnlyForBrowsers(operations: Map<string, string>, production: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (!production) return;
      const browser = Boolean(request.http?.headers.get("origin")) || contextValue.caller?.role === "ORGANISME";
      if (!browser) return;
      return {
        // (Thrown from didResolveSource, Apollo would relabel the code as a validation failure.)
        async didResolveOperation({ queryHash }) {
          if (!operations.has(queryHash)) {
            throw new GraphQLError("Opération non autorisée : cette application n'envoie que les opérations connues du serveur.", {
              extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED" },
            });
          }
        },
      };
    },
  };
}
