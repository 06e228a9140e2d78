import type { RequestContext } from "@sigma/kit/context/context";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Session } from "../session/session.entity.js";
import { SessionService } from "../session/session.service.js";
import { Composante } from "./composante.entity.js";
import { ComposanteService } from "./composante.service.js";
import { Prestation } from "./prestation.entity.js";

@Resolver(() => Composante)
export class ComposanteResolver {
  constructor(
    private readonly composantes: ComposanteService,
    private readonly sessionService: SessionService,
  ) {}

  @FieldResolver(() => [Prestation], { description: "Prestations : forfait parcours, heure centre, heure entreprise." })
  prestations(@Root() composante: Composante, @Ctx() ctx: RequestContext): Promise<Prestation[]> {
    return this.composantes.prestations(ctx, composante.id);
  }

  @FieldResolver(() => [Session], { description: "Sessions publiées de la composante, par numéro." })
  sessions(@Root() composante: Composante, @Ctx() ctx: RequestContext): Promise<Session[]> {
    return this.sessionService.ofComposante(ctx, composante.id);
  }
}
