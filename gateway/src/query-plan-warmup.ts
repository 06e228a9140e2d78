import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { ApolloGateway } from "@apollo/gateway";
import { logger } from "@sigma/kit/logging/logger";
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";

/** The parts of ApolloGateway's private state that its executor uses to plan (@apollo/gateway 2.x, src/index.ts). */
interface GatewayInternals {
  apiSchema?: unknown;
  queryPlanner?: { buildQueryPlan: (operation: unknown, options: Record<string, boolean>) => unknown };
  queryPlanStore?: { set: (key: string, plan: unknown) => Promise<void> };
  recursiveSelectionsLimitDisabled?: boolean;
  nonLocalSelectionsLimitDisabled?: boolean;
}

type OperationFromDocument = (schema: unknown, document: DocumentNode, options: { operationName?: string }) => unknown;

const sha256 = (...parts: string[]) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
};

/**
 * Plans every persisted operation once at start and puts each plan where the gateway's executor
 * looks for it (its query-plan LRU, under the key it computes: the query's SHA-256, combined
 * with the operation name when the request names it — both are stored). The front ends' first
 * requests then skip planning (a few ms each for the larger screens). @apollo/gateway has no
 * public API for this: the internals it reads are checked, and without them nothing is warmed.
 * Returns how many operations were planned.
 */
export function warmQueryPlans(gateway: ApolloGateway, queries: Iterable<string>): number {
  const internals = gateway as unknown as GatewayInternals;
  const { apiSchema, queryPlanner, queryPlanStore } = internals;
  let operationFromDocument: OperationFromDocument | undefined;
  try {
    const fromGateway = createRequire(createRequire(import.meta.url).resolve("@apollo/gateway"));
    operationFromDocument = (fromGateway("@apollo/federation-internals") as { operationFromDocument?: OperationFromDocument }).operationFromDocument;
  } catch {
    operationFromDocument = undefined;
  }
  if (!apiSchema || !queryPlanner || !queryPlanStore || !operationFromDocument) {
    logger().warn("plans de requête non préchauffés : @apollo/gateway n'expose plus ce qu'il faut");
    return 0;
  }
  const options = {
    recursiveSelectionsLimitDisabled: internals.recursiveSelectionsLimitDisabled ?? false,
    nonLocalSelectionsLimitDisabled: internals.nonLocalSelectionsLimitDisabled ?? false,
  };
  let planned = 0;
  let failed = 0;
  for (const query of queries) {
    try {
      const document = parse(query);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const queryHash = sha256(query);
      for (const operation of operations) {
        const operationName = operation.name?.value;
        const plan = queryPlanner.buildQueryPlan(operationFromDocument(apiSchema, document, { operationName }), options);
        if (operationName) void queryPlanStore.set(sha256(queryHash, operationName), plan);
        // A request that does not name its operation: only possible when the document has one.
        if (operations.length === 1) void queryPlanStore.set(queryHash, plan);
      }
      planned += 1;
    } catch {
      failed += 1;
    }
  }
  logger().info({ planned, failed }, "plans de requête préchauffés");
  return planned;
}
