import { requireCaller } from "@sigma/kit/auth/guard";
import type { RequestContext } from "@sigma/kit/context/context";
import { Arg, Authorized, Ctx, FieldResolver, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Facture } from "../facture/facture.entity.js";
import { Document } from "../facture/facture.types.js";
import { EditionService } from "./edition.service.js";

export enum EtatDemandesPaiement {
  EN_ATTENTE = "EN_ATTENTE",
  VALIDEES = "VALIDEES",
  REJETEES = "REJETEES",
}

registerEnumType(EtatDemandesPaiement, {
  name: "EtatDemandesPaiement",
  description: "Demandes de paiement à éditer.",
  valuesConfig: {
    EN_ATTENTE: { description: "En attente de validation par la Région." },
    VALIDEES: { description: "Validées par la Région, avec les informations de paiement." },
    REJETEES: { description: "Rejetées par la Région, avec les motifs de rejet." },
  },
});

/** Printable documents (« Etats »): the invoice to sign, its Factur-X, the signed file, payment requests. */
@Resolver(() => Facture)
export class EditionResolver {
  constructor(private readonly editions: EditionService) {}

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => Document, { description: "La facture en PDF, à télécharger pour la signer." })
  pdf(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<Document> {
    return this.editions.facture(ctx, requireCaller(ctx), facture);
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => Document, { description: "La facture au format Factur-X (PDF/A-3 avec XML CII EN 16931 embarqué), pour Chorus Pro." })
  facturX(@Root() facture: Facture, @Ctx() ctx: RequestContext): Promise<Document> {
    return this.editions.facturX(ctx, requireCaller(ctx), facture);
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @FieldResolver(() => Document, { nullable: true, description: "La facture signée déposée, telle que reçue (null tant qu'aucune ne l'est)." })
  pdfSigne(@Root() facture: Facture): Document | null {
    return this.editions.signe(facture);
  }

  @Authorized("ORGANISME", "REGION", "SERVICE")
  @Query(() => Document, { description: "Édition imprimable des demandes de paiement par état (l'organisme : les siennes ; la Région : toutes)." })
  editionDemandesPaiement(@Arg("etat", () => EtatDemandesPaiement) etat: EtatDemandesPaiement, @Ctx() ctx: RequestContext): Promise<Document> {
    return this.editions.demandes(requireCaller(ctx), etat);
  }
}
