import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "@sigma/kit/context/context";

/**
 * Outside production every subgraph reports `extensions.sqlStatements`; the gateway adds up
 * what its subgraph fetches reported and answers the total (and the split by subgraph), so that
 * a test or the benchmark sees the SQL cost of one supergraph request in one place.
 */
const totals = new WeakMap<RequestContext, Record<string, number>>();

/** Called by the data source with each subgraph answer. */
export function countSubgraphStatements(context: RequestContext | undefined, subgraph: string, extensions: unknown): void {
  const count = (extensions as { sqlStatements?: unknown } | undefined)?.sqlStatements;
  if (!context || typeof count !== "number") return;
  const bySubgraph = totals.get(context) ?? {};
  bySubgraph[subgraph] = (bySubgraph[subgraph] ?? 0) + count;
  totals.set(context, bySubgraph);
}

export const sqlStatementsPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const bySubgraph = totals.get(contextValue);
        if (!bySubgraph || response.body.kind !== "single") return;
        const sqlStatements = Object.values(bySubgraph).reduce((sum, n) => sum + n, 0);
        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements, sqlStatementsBySubgraph: bySubgraph };
      },
    };
  },
};
