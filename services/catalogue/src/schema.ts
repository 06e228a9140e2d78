import "reflect-metadata";
import type { Container } from "@sigma/kit/container/container";
import { buildFederatedSchema } from "@sigma/kit/schema/federated-schema";
import type { GraphQLSchema } from "graphql";
import { actionReference } from "./action/action.reference.js";
import { ActionResolver } from "./action/action.resolver.js";
import { CompteResolver } from "./compte/compte.resolver.js";
import { Organisme } from "./organisme/organisme.entity.js";

export function buildCatalogueSchema(container: Container): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ActionResolver, CompteResolver],
    orphanedTypes: [Organisme],
    container,
    referenceResolvers: { Action: actionReference(container) },
  });
}
