import { idOf } from "@sigma/kit/ids/ids";
import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { SortieService } from "./sortie.service.js";
import { StagiaireEcritureService } from "./stagiaire-ecriture.service.js";
import { Stagiaire } from "./stagiaire.entity.js";
import { SortieInput, StagiaireInput } from "./stagiaire.input.js";

const PARTIEL = { defaultValue: false, description: "Vrai : « Valider les informations partielles » (fiche incomplète acceptée, comptée en inscription en attente)." };

@Resolver()
export class StagiaireMutationResolver {
  constructor(
    private readonly ecriture: StagiaireEcritureService,
    private readonly sorties: SortieService,
  ) {}

  @Mutation(() => Stagiaire, { description: "Déclare l'entrée d'un stagiaire (« Nouveau stagiaire ») : jamais au-delà de l'effectif ni de l'effectif rémunéré." })
  inscrireStagiaire(
    @Arg("actionId", () => ID) actionId: string,
    @Arg("input") input: StagiaireInput,
    @Arg("partiel", () => Boolean, PARTIEL) partiel: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Stagiaire> {
    return this.ecriture.creer(requireCaller(ctx), idOf(actionId), input, partiel);
  }

  @Mutation(() => Stagiaire, { description: "Modifie la fiche (les deux onglets) tant que l'action n'est pas ouverte ou que le stagiaire n'est pas entré ; ensuite : demande de modification." })
  modifierStagiaire(
    @Arg("id", () => ID) id: string,
    @Arg("input") input: StagiaireInput,
    @Arg("partiel", () => Boolean, PARTIEL) partiel: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<Stagiaire> {
    return this.ecriture.modifier(requireCaller(ctx), idOf(id), input, partiel);
  }

  @Mutation(() => Boolean, { description: "Supprime un stagiaire tant qu'aucune heure n'est enregistrée pour lui." })
  supprimerStagiaire(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.ecriture.supprimer(requireCaller(ctx), idOf(id));
  }

  @Mutation(() => Stagiaire, { description: "Déclare la sortie de formation : fin de formation, ou sortie anticipée avec son motif." })
  declarerSortie(@Arg("input") input: SortieInput, @Ctx() ctx: RequestContext): Promise<Stagiaire> {
    return this.sorties.declarer(requireCaller(ctx), input);
  }
}
