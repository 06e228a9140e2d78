import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, parse, visit, type DocumentNode } from "graphql";
import type { Limits } from "./limits.js";

/**
 * Alias and directive counts, checked on the parsed document before validation: a refused
 * query gets one error, and graphql-js never walks its thousand duplicated directives or
 * `__typename` aliases (graphql-cop's "directive overloading" / "alias overloading").
 *
 * The limits are fixed for the life of the process, so a source that passed once passes
 * again: the SHA-256 of accepted sources (Apollo's `queryHash`) is remembered, up to
 * `remember` of them (least recently used dropped), and such a request is not parsed a second
 * time here. A refused source is never remembered: it is parsed, and refused, every time.
 */
export function earlyLimits(limits: Pick<Limits, "maxAliases" | "maxDirectives" | "maxTokens">, remember = 2_000): ApolloServerPlugin {
  const accepted = new Map<string, true>();
  return {
    async requestDidStart() {
      return {
        async didResolveSource({ source, queryHash }) {
          if (accepted.delete(queryHash)) {
            accepted.set(queryHash, true);
            return;
          }
          let document: DocumentNode;
          try {
            document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
          } catch {
            return; // the parser will report it properly
          }
          let aliases = 0;
          let directives = 0;
          visit(document, {
            [Kind.FIELD]: (node) => {
              if (node.alias) aliases += 1;
            },
            [Kind.DIRECTIVE]: () => {
              directives += 1;
            },
          });
          if (aliases > limits.maxAliases) throw refused("Trop d'alias dans la requête.");
          if (directives > limits.maxDirectives) throw refused("Trop de directives dans la requête.");
          if (remember > 0) {
            accepted.set(queryHash, true);
            if (accepted.size > remember) accepted.delete(accepted.keys().next().value!);
          }
        },
      };
    },
  };
}

const refused = (message: string) => new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
