import "reflect-metadata";
import type { Container } from "@sigma/kit/container/container";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { buildFederatedSchema } from "@sigma/kit/schema/federated-schema";
import type { GraphQLSchema } from "graphql";
import { ActionFinanceResolver } from "./action/action.resolver.js";
import { Action } from "./action/action.type.js";
import { EditionResolver } from "./edition/edition.resolver.js";
import { FactureMutationResolver } from "./facture/facture-mutation.resolver.js";
import { FactureResolver } from "./facture/facture.resolver.js";
import { perimetreReference, PerimetreFinanceResolver } from "./indicateurs/indicateurs.resolver.js";
import { Perimetre } from "./indicateurs/perimetre.type.js";

export function buildFinanceSchema(container: Container): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [ActionFinanceResolver, FactureResolver, FactureMutationResolver, EditionResolver, PerimetreFinanceResolver],
    // Action is only extended here: without this it silently vanishes from the subgraph.
    orphanedTypes: [Action, EvenementHistorique, Perimetre],
    container,
    referenceResolvers: { Perimetre: perimetreReference() },
  });
}
