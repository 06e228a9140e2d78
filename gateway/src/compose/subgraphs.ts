import { buildCatalogueSchema } from "@sigma/catalogue/schema";
import { buildExecutionSchema } from "@sigma/execution/schema";
import { buildFinanceSchema } from "@sigma/finance/schema";
import { Container } from "@sigma/kit/container/container";
import type { GraphQLSchema } from "graphql";

/** The three subgraphs of the supergraph, with their default URLs (overridable at run time). */
export const SUBGRAPHS: { name: string; defaultUrl: string; build: (c: Container) => Promise<GraphQLSchema> }[] = [
  { name: "catalogue", defaultUrl: "http://127.0.0.1:4001/graphql", build: buildCatalogueSchema },
  { name: "execution", defaultUrl: "http://127.0.0.1:4002/graphql", build: buildExecutionSchema },
  { name: "finance", defaultUrl: "http://127.0.0.1:4003/graphql", build: buildFinanceSchema },
];
