import "reflect-metadata";
import type { Container } from "@sigma/kit/container/container";
import { EvenementHistorique } from "@sigma/kit/history/historique.entity";
import { buildFederatedSchema } from "@sigma/kit/schema/federated-schema";
import type { GraphQLSchema } from "graphql";
import { actionReference } from "./action/action.reference.js";
import { ActionResolver } from "./action/action.resolver.js";
import { CompteResolver } from "./compte/compte.resolver.js";
import { composanteReference } from "./composante/composante.reference.js";
import { ComposanteResolver } from "./composante/composante.resolver.js";
import { DemandeMutationResolver } from "./demande/demande-mutation.resolver.js";
import { DemandeResolver } from "./demande/demande.resolver.js";
import { FluxResolver } from "./flux/flux.resolver.js";
import { IndicateursResolver, perimetreReference } from "./indicateurs/indicateurs.resolver.js";
import { MarcheResolver } from "./marche/marche.resolver.js";
import { organismeReference } from "./organisme/organisme.reference.js";
import { OrganismeResolver, SiteResolver } from "./organisme/organisme.resolver.js";
import { SessionResolver } from "./session/session.resolver.js";

export function buildCatalogueSchema(container: Container): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ActionResolver, CompteResolver, ComposanteResolver, DemandeResolver, DemandeMutationResolver, FluxResolver, MarcheResolver,
      OrganismeResolver, SiteResolver, SessionResolver, IndicateursResolver,
    ],
    orphanedTypes: [EvenementHistorique],
    container,
    referenceResolvers: {
      Action: actionReference(container),
      Composante: composanteReference(container),
      Organisme: organismeReference(container),
      Perimetre: perimetreReference(),
    },
  });
}
