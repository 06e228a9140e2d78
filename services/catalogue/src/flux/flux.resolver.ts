import { Arg, Authorized, Int, Query, Resolver } from "type-graphql";
import { FluxService } from "./flux.service.js";
import { PageSessions } from "./flux.type.js";
import { LheoService } from "./lheo.service.js";
import { PageLheo } from "./lheo.type.js";

@Resolver()
export class FluxResolver {
  constructor(
    private readonly flux: FluxService,
    private readonly lheo: LheoService,
  ) {}

  @Authorized("CARIF", "REGION")
  @Query(() => PageSessions, {
    description: "Flux CARIF : sessions publiées et leurs informations collectives, par dernier changement, paginé ; `depuis` pour les incréments.",
  })
  fluxSessions(
    @Arg("depuis", () => String, { nullable: true, description: "Instant ISO 8601 : seulement ce qui a changé après." }) depuis: string | null,
    @Arg("premiers", () => Int, { nullable: true, description: "Taille de la page (1 à 100, 50 par défaut)." }) premiers: number | null,
    @Arg("apres", () => String, { nullable: true, description: "Curseur de fin de la page précédente." }) apres: string | null,
  ): Promise<PageSessions> {
    return this.flux.page(depuis, premiers, apres);
  }

  @Authorized("CARIF", "REGION")
  @Query(() => PageLheo, {
    description: "Le flux CARIF écrit en LHEO 2.3, page par page (mêmes sessions, même ordre et mêmes curseurs que fluxSessions) : ce que lit l'export /feeds/lheo.xml.",
  })
  fluxLheo(
    @Arg("depuis", () => String, { nullable: true, description: "Instant ISO 8601 : seulement ce qui a changé après." }) depuis: string | null,
    @Arg("premiers", () => Int, { nullable: true, description: "Taille de la page (1 à 1000, 500 par défaut)." }) premiers: number | null,
    @Arg("apres", () => String, { nullable: true, description: "Curseur de fin de la page précédente." }) apres: string | null,
  ): Promise<PageLheo> {
    return this.lheo.page(depuis, premiers, apres);
  }
}
