import { ApolloArmor } from "@escape.tech/graphql-armor";
import { intFromEnv } from "@sigma/kit/config/env";

/**
 * What one request may cost. Set so that every real UI query passes (the deepest, the CRE
 * and recap screens, stays under 8 levels and a few hundred cost points) and abusive ones are
 * refused during validation, before any subgraph is called.
 */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    maxDepth: intFromEnv("GRAPHQL_MAX_DEPTH", 12, env),
    maxAliases: intFromEnv("GRAPHQL_MAX_ALIASES", 15, env),
    // The UI uses a couple of @include/@skip at most.
    maxDirectives: intFromEnv("GRAPHQL_MAX_DIRECTIVES", 5, env),
    maxTokens: intFromEnv("GRAPHQL_MAX_TOKENS", 3000, env),
    maxCost: intFromEnv("GRAPHQL_MAX_COST", 20000, env),
  };
}

/** graphql-armor's validation rules and plugins for Apollo Server: depth, cost, tokens, suggestions (aliases and directives: early-limits.ts). */
export function armor(limits: Limits, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: false, errorMessage: "Requête trop profonde." },
    // Counted before validation by early-limits.ts (one error, no walk), __typename aliases included.
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { n: limits.maxTokens, exposeLimits: false, errorMessage: "Requête trop longue." },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, errorMessage: "Requête trop coûteuse." },
    // Field suggestions ("Did you mean …?") reveal the schema: off in production.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

