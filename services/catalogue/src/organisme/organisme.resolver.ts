import type { RequestContext } from "@sigma/kit/context/context";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Organisme } from "./organisme.entity.js";
import { OrganismeLoader } from "./organisme.loader.js";
import { SiteRealisation } from "./site.entity.js";

@Resolver(() => Organisme)
export class OrganismeResolver {
  constructor(private readonly organismes: OrganismeLoader) {}

  @FieldResolver(() => [SiteRealisation], { description: "Sites de réalisation de l'organisme." })
  sites(@Root() organisme: Organisme, @Ctx() ctx: RequestContext): Promise<SiteRealisation[]> {
    return this.organismes.sites(ctx, organisme.id);
  }
}

@Resolver(() => SiteRealisation)
export class SiteResolver {
  constructor(private readonly organismes: OrganismeLoader) {}

  @FieldResolver(() => String, { description: "« Lieu de la session » tel qu'affiché (ex. ORGANISME TEST PRF 23 / CAP 2000 TEST / BEZIERS / 34500)." })
  async libelleComplet(@Root() site: SiteRealisation, @Ctx() ctx: RequestContext): Promise<string> {
    const organisme = await this.organismes.load(ctx, site.organismeId);
    return lieuDeSession(organisme?.raisonSociale ?? "", site);
  }
}

export const lieuDeSession = (raisonSociale: string, site: Pick<SiteRealisation, "libelle" | "ville" | "codePostal">): string =>
  [raisonSociale, site.libelle, site.ville, site.codePostal].join(" / ");

