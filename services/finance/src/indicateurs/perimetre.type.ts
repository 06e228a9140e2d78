import type { Perimetre as Scope } from "@sigma/kit/indicateurs/perimetre";
import { MontantScalar } from "@sigma/kit/schema/scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

/** Finance's side of catalogue's Perimetre (issue 8): only the key; the figures are field resolvers. */
@Directive('@key(fields: "cle")')
@ObjectType("Perimetre")
export class Perimetre {
  @Field(() => ID, { description: "Clé canonique du périmètre (filtre après application des droits de l'appelant)." })
  cle: string;

  /** The scope parsed from the key, with the caller's rights applied again (not a GraphQL field). */
  scope: Scope;
}

@ObjectType({ description: "Montants d'un mois (TTC), chacun daté par son propre évènement." })
export class FinanceDuMois {
  @Field({ description: "Mois (AAAA-MM)." }) mois: string;
  @Field(() => MontantScalar, { description: "Facturé : factures émises ce mois (date d'émission), hors factures à émettre." }) facture: number;
  @Field(() => MontantScalar, { description: "Validé : factures validées par la Région ce mois (date de décision ; validées ou payées depuis)." }) valide: number;
  @Field(() => MontantScalar, { description: "Rejeté : factures rejetées par la Région ce mois (date de décision ; toujours rejetées)." }) rejete: number;
  @Field(() => MontantScalar, { description: "Payé : paiements enregistrés ce mois (date de paiement)." }) paye: number;
}

@ObjectType({ description: "Indicateurs financiers du périmètre (montants TTC exacts)." })
export class IndicateursFinance {
  @Field(() => MontantScalar, { description: "Total facturé sur la période (somme de la série mensuelle)." }) facture: number;
  @Field(() => MontantScalar, { description: "Total validé sur la période." }) valide: number;
  @Field(() => MontantScalar, { description: "Total rejeté sur la période." }) rejete: number;
  @Field(() => MontantScalar, { description: "Total payé sur la période." }) paye: number;
  @Field(() => MontantScalar, { description: "Avances émises (factures d'avance émises sur la période, non rejetées)." }) avancesEmises: number;
  @Field(() => MontantScalar, { description: "Avances récupérées sur les acomptes et soldes émis sur la période (non rejetés)." }) avancesRecuperees: number;
  @Field(() => MontantScalar, { description: "Avances restant à récupérer : émises moins récupérées." }) avancesRestantes: number;
  @Field(() => Int, { description: "Factures payées (premier paiement dans la période) : base du délai moyen." }) facturesPayees: number;
  @Field(() => String, { nullable: true, description: "Délai moyen de l'émission au premier paiement, en jours (décimal exact à deux chiffres) ; nul sans facture payée." })
  delaiMoyenPaiementJours: string | null;
  @Field(() => Int, { description: "Factures en attente de la Région (signées déposées, à valider ou rejeter), à la date du jour." }) facturesEnAttenteRegion: number;
  @Field(() => MontantScalar, { description: "Montant TTC des factures en attente de la Région." }) montantEnAttenteRegion: number;
}
