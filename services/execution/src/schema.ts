import "reflect-metadata";
import type { Container } from "@sigma/kit/container/container";
import { buildFederatedSchema } from "@sigma/kit/schema/federated-schema";
import type { GraphQLSchema } from "graphql";
import { ActionExecutionResolver } from "./action/action.resolver.js";
import { Action } from "./action/action.type.js";
import { ListeParStatutResolver } from "./action/liste-par-statut.resolver.js";
import { OuvertureResolver } from "./action/ouverture.resolver.js";
import { ActionBilanResolver, StagiaireEnquetesResolver } from "./bilan/bilan.resolver.js";
import { ClotureResolver } from "./cloture/cloture.resolver.js";
import { ActionHistoriqueResolver, DeclarationHistoriqueResolver, StagiaireHistoriqueResolver } from "./historique/historique.resolver.js";
import { ImportResolver } from "./import/import.resolver.js";
import { TableauResolver } from "./tableau/tableau.resolver.js";
import { perimetreReference, PerimetreExecutionResolver } from "./indicateurs/indicateurs.resolver.js";
import { Perimetre } from "./indicateurs/perimetre.type.js";
import { declarationReference } from "./declaration/declaration.reference.js";
import { ActionDeclarationsResolver, DeclarationResolver, LigneDeclarationResolver } from "./declaration/declaration.resolver.js";
import { ActionFormateursResolver, FormateurResolver } from "./formateur/formateur.resolver.js";
import { DemandeModificationResolver } from "./stagiaire/demande-modification.resolver.js";
import { StagiaireMutationResolver } from "./stagiaire/stagiaire-mutation.resolver.js";
import { ActionPrescriptionResolver } from "./stagiaire/prescription.resolver.js";
import { ParcoursResolver, StagiaireResolver } from "./stagiaire/stagiaire.resolver.js";
import { ExportStagiaireResolver } from "./rgpd/export.resolver.js";

export function buildExecutionSchema(container: Container): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ActionExecutionResolver, OuvertureResolver, ListeParStatutResolver,
      StagiaireResolver, ParcoursResolver, StagiaireMutationResolver, DemandeModificationResolver, ActionPrescriptionResolver,
      ActionFormateursResolver, FormateurResolver,
      DeclarationResolver, LigneDeclarationResolver, ActionDeclarationsResolver,
      ClotureResolver, ActionBilanResolver, StagiaireEnquetesResolver, TableauResolver, ImportResolver,
      ActionHistoriqueResolver, StagiaireHistoriqueResolver, DeclarationHistoriqueResolver, ExportStagiaireResolver,
      PerimetreExecutionResolver,
    ],
    // Action is only extended here: without this it silently vanishes from the subgraph.
    orphanedTypes: [Action, Perimetre],
    container,
    referenceResolvers: { DeclarationMensuelle: declarationReference(container), Perimetre: perimetreReference() },
  });
}
