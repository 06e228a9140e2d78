import type { RequestContext } from "@sigma/kit/context/context";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisme } from "../organisme/organisme.entity.js";
import { OrganismeLoader } from "../organisme/organisme.loader.js";
import { Marche } from "./marche.entity.js";
import { MarcheService } from "./marche.service.js";

@Resolver(() => Marche)
export class MarcheResolver {
  constructor(
    private readonly marches: MarcheService,
    private readonly organismes: OrganismeLoader,
  ) {}

  @FieldResolver(() => Organisme, { description: "Titulaire / mandataire du marché." })
  async titulaire(@Root() marche: Marche, @Ctx() ctx: RequestContext): Promise<Organisme> {
    const organisme = await this.organismes.load(ctx, marche.titulaireId);
    if (!organisme) throw new Error(`organisme ${marche.titulaireId} absent`);
    return organisme;
  }

  @FieldResolver(() => [Organisme], { description: "Sous-traitants déclarés sur le marché." })
  sousTraitants(@Root() marche: Marche, @Ctx() ctx: RequestContext): Promise<Organisme[]> {
    return this.marches.sousTraitants(ctx, marche.id);
  }
}
