import { DateScalar, HeuresScalar } from "@sigma/kit/schema/scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";
import { EtatDeclaration } from "./etat-declaration.enum.js";

/** One trainee's line of « Réalisé horaire de l'action » for a month (seed 001 § 3.5). */
@ObjectType({ description: "Ligne d'un stagiaire dans la déclaration d'un mois : heures du mois et cumul depuis le début." })
export class LigneDeclaration {
  /** Null while nothing was entered for the trainee this month (the line reads 0). */
  realisationId: number | null;

  @Field(() => Stagiaire, { description: "Le stagiaire (nom, prénom, date de naissance, code Insee, dates d'entrée et de sortie, sortie anticipée)." })
  stagiaire: Stagiaire;

  @Field(() => HeuresScalar, { description: "Heures réalisées en centre." }) heuresRealiseesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées justifiées en centre." }) heuresNonRealiseesJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées non justifiées en centre." }) heuresNonRealiseesNonJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures réalisées en entreprise." }) heuresRealiseesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées justifiées en entreprise." }) heuresNonRealiseesJustifieesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées non justifiées en entreprise." }) heuresNonRealiseesNonJustifieesEntreprise: number;
  @Field(() => HeuresScalar, { description: "« Heures centres » du mois : réalisées + non réalisées justifiées." }) heuresCentre: number;
  @Field(() => HeuresScalar, { description: "« Heures entreprises » du mois : réalisées + non réalisées justifiées." }) heuresEntreprise: number;
  @Field(() => HeuresScalar, { description: "Total des heures du mois (centre + entreprise)." }) totalHeures: number;
  @Field(() => HeuresScalar, { description: "Colonne « Total » : heures centre cumulées depuis le début réel, ce mois compris." }) cumulHeuresCentre: number;
  @Field(() => HeuresScalar, { description: "Colonne « Total » : heures entreprise cumulées." }) cumulHeuresEntreprise: number;
  @Field(() => HeuresScalar, { description: "Colonne « Total heures » : cumul centre + entreprise." }) cumulTotalHeures: number;
}

/** The declaration of an action's month: its state against the calendar, its lines and totals. */
@Directive('@key(fields: "id")')
@ObjectType({ description: "Déclaration de réalisation périodique (mensuelle) d'une action." })
export class DeclarationMensuelle {
  @Field(() => ID, { description: "Identifiant « action:mois » (ex. 2:2023-01)." }) id: string;
  actionId: number;
  @Field({ description: "Mois déclaré, AAAA-MM (ex. 2007-01)." }) mois: string;
  @Field({ description: "Mois en toutes lettres (ex. « Janvier 2007 »)." }) libelle: string;
  @Field(() => EtatDeclaration, { description: "État de la déclaration." }) etat: EtatDeclaration;
  @Field(() => DateScalar, { nullable: true, description: "Date de confirmation par l'organisme." }) confirmeeLe: string | null;
  @Field(() => DateScalar, { description: "Dernier jour pour confirmer dans les délais (le 15 du mois suivant)." }) dateLimiteConfirmation: string;
  @Field({ description: "Vrai si les heures de ce mois peuvent être saisies aujourd'hui (mois ouvert, non confirmé)." }) saisieOuverte: boolean;
  @Field({ description: "Vrai si l'organisme peut confirmer ce mois aujourd'hui." }) confirmable: boolean;
  @Field(() => Int, { description: "Nombre de stagiaires de la déclaration." }) nombreStagiaires: number;
  @Field(() => HeuresScalar, {
    description: "Forfaits parcours réalisés dans le mois : stagiaires ayant un parcours individualisé sortis en fin de formation (« Fin de formation : oui ») ce mois-ci (ex. « 1.00 »).",
  })
  forfaitsParcoursRealises: number;
  @Field(() => HeuresScalar, { description: "Total des heures réalisées en centre." }) heuresRealiseesCentre: number;
  @Field(() => HeuresScalar, { description: "Total des heures non réalisées justifiées en centre." }) heuresNonRealiseesJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Total des heures non réalisées non justifiées en centre." }) heuresNonRealiseesNonJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Total des heures réalisées en entreprise." }) heuresRealiseesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Total des heures non réalisées justifiées en entreprise." }) heuresNonRealiseesJustifieesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Total des heures non réalisées non justifiées en entreprise." }) heuresNonRealiseesNonJustifieesEntreprise: number;
  @Field(() => HeuresScalar, { description: "« Total détaillé » centre : réalisées + non réalisées justifiées." }) heuresCentre: number;
  @Field(() => HeuresScalar, { description: "« Total détaillé » entreprise : réalisées + non réalisées justifiées." }) heuresEntreprise: number;
  @Field(() => HeuresScalar, { description: "« Total » : centre + entreprise." }) totalHeures: number;
  @Field(() => [LigneDeclaration], { description: "Une ligne par stagiaire présent dans le mois, par nom." }) lignes: LigneDeclaration[];
}
