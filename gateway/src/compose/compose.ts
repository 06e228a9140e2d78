import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { Container } from "@sigma/kit/container/container";
import { parse, printSchema } from "graphql";
import { SUBGRAPHS } from "./subgraphs.js";

export interface Composition {
  supergraphSdl: string;
  apiSchemaSdl: string;
}

export class CompositionError extends Error {}

/**
 * Builds each subgraph's schema in-process (no server, no database), composes them with
 * @apollo/composition and returns the supergraph SDL (served by the gateway, servable by
 * Apollo Router) and the API schema (what clients see; codegen reads it).
 */
export async function compose(): Promise<Composition> {
  const services = await Promise.all(
    SUBGRAPHS.map(async (subgraph) => ({
      name: subgraph.name,
      url: subgraph.defaultUrl,
      typeDefs: parse(printSubgraphSchema(await subgraph.build(new Container()))),
    })),
  );
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(
      `La composition du supergraphe a échoué :\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`,
    );
  }
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return {
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    apiSchemaSdl: `${printSchema(apiSchema).trim()}\n`,
  };
}
