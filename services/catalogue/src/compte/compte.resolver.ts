import type { RequestContext } from "@sigma/kit/context/context";
import { PUBLIC, requireCaller } from "@sigma/kit/auth/guard";
import { Arg, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organisme } from "../organisme/organisme.entity.js";
import { OrganismeLoader } from "../organisme/organisme.loader.js";
import { Compte } from "./compte.entity.js";
import { ModifierCompteInput } from "./compte.input.js";
import { CompteService } from "./compte.service.js";
import { Connexion } from "./connexion.type.js";

@Resolver(() => Compte)
export class CompteResolver {
  constructor(
    private readonly comptes: CompteService,
    private readonly organismes: OrganismeLoader,
  ) {}

  @Extensions(PUBLIC)
  @Mutation(() => Connexion, { description: "Identification : renvoie un jeton signé à durée limitée." })
  connexion(@Arg("identifiant") identifiant: string, @Arg("motDePasse") motDePasse: string): Promise<Connexion> {
    return this.comptes.connexion(identifiant, motDePasse);
  }

  @Extensions(PUBLIC)
  @Mutation(() => String, { description: "Mot de passe oublié : envoie un lien de réinitialisation à une adresse connue." })
  motDePasseOublie(@Arg("email") email: string): Promise<string> {
    return this.comptes.motDePasseOublie(email);
  }

  @Extensions(PUBLIC)
  @Mutation(() => String, { description: "Choisit un nouveau mot de passe avec le lien reçu par courrier électronique." })
  reinitialiserMotDePasse(
    @Arg("jeton") jeton: string,
    @Arg("motDePasse") motDePasse: string,
    @Arg("confirmation") confirmation: string,
  ): Promise<string> {
    return this.comptes.reinitialiser(jeton, motDePasse, confirmation);
  }

  @Query(() => Compte, { description: "Le compte connecté." })
  moi(@Ctx() ctx: RequestContext): Promise<Compte> {
    return this.comptes.moi(requireCaller(ctx));
  }

  @Mutation(() => Compte, { description: "« Modifier votre compte » : identifiant, mot de passe (avec confirmation), adresse." })
  modifierCompte(@Arg("input") input: ModifierCompteInput, @Ctx() ctx: RequestContext): Promise<Compte> {
    return this.comptes.modifier(requireCaller(ctx), input);
  }

  @FieldResolver(() => Organisme, { nullable: true, description: "L'organisme pour lequel agit un compte ORGANISME." })
  organisme(@Root() compte: Compte, @Ctx() ctx: RequestContext): Promise<Organisme | null> {
    return compte.organismeId === null ? Promise.resolve(null) : this.organismes.load(ctx, compte.organismeId);
  }
}
