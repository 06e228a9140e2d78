import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type BuildSchemaOptions, type ContainerType } from "type-graphql";
import { guardRootFields, publicRootFields, roleAuthChecker } from "../auth/guard.js";

const FEDERATION_LINK = `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])
`;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions["resolvers"];
  /** Types a subgraph only extends (e.g. `Action` outside catalogue) must be listed, or they vanish. */
  orphanedTypes?: BuildSchemaOptions["orphanedTypes"];
  container?: ContainerType;
  /** `__resolveReference` per entity type this subgraph resolves. */
  referenceResolvers?: Record<string, { __resolveReference: (...args: never[]) => unknown }>;
}

/**
 * type-graphql builds the schema from the decorated classes; @apollo/subgraph then turns
 * its SDL into a Federation 2 subgraph (adds `_service`, `_entities`, `_Any`). Every root field
 * needs a verified caller unless marked PUBLIC, `@Authorized(roles)` checks roles, and the
 * federation entry points are guarded too.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes ?? [],
    container: options.container,
    validate: false,
    skipCheck: true,
    authChecker: roleAuthChecker,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference };
  }
  return guardRootFields(
    buildSubgraphSchema({
      typeDefs: parse(FEDERATION_LINK + printSchemaWithDirectives(schema)),
      resolvers: resolvers as GraphQLResolverMap<unknown>,
    }),
    // Read before printing: extensions do not survive the SDL round trip.
    publicRootFields(schema),
  );
}
