import { HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, ObjectType } from "type-graphql";
import { Action } from "../action/action.type.js";
import { Absence } from "../declaration/absence.entity.js";
import { Stagiaire } from "../stagiaire/stagiaire.entity.js";

/** One month of a trainee's hours, as entered or imported by the OF (in hundredths of an hour). */
@ObjectType({ description: "Heures d'un mois d'un stagiaire, telles que déclarées par l'organisme." })
export class HeuresMoisStagiaire {
  @Field({ description: "Mois, AAAA-MM." }) mois: string;
  @Field(() => HeuresScalar, { description: "Heures réalisées en centre." }) heuresRealiseesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées justifiées en centre." }) heuresNonRealiseesJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées non justifiées en centre." }) heuresNonRealiseesNonJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures réalisées en entreprise." }) heuresRealiseesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées justifiées en entreprise." }) heuresNonRealiseesJustifieesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées non justifiées en entreprise." }) heuresNonRealiseesNonJustifieesEntreprise: number;
  @Field(() => [Absence], { description: "Périodes d'absence du mois (dates, motif, lieu, justification)." }) absences: Absence[];
}

/**
 * Everything SIGMA-graph holds about one trainee (RGPD access right, art. 15), for the Région:
 * the fiche with its parcours, follow-up surveys, change requests and history (Stagiaire's own
 * fields), every month of hours with its absences, and the action with what the other subgraphs
 * hold about it (catalogue's offer, finance's invoices, which name no trainee).
 */
@ObjectType({ description: "Export des données personnelles d'un stagiaire (droit d'accès RGPD), pour la Région." })
export class ExportDonneesStagiaire {
  @Field({ description: "Instant de l'export (ISO 8601), consigné dans l'historique du stagiaire." }) exporteLe: string;
  @Field({ description: "Identifiant du compte qui a fait l'export." }) exportePar: string;
  @Field({ description: "Règle de conservation appliquée à ces données." }) regleConservation: string;
  @Field(() => Stagiaire, { description: "La fiche : identité, coordonnées, situation, parcours, enquêtes, demandes de modification, historique." })
  stagiaire: Stagiaire;
  @Field(() => [HeuresMoisStagiaire], { description: "Les heures déclarées, mois par mois, avec les absences." }) heures: HeuresMoisStagiaire[];
  @Field(() => Action, { description: "L'action suivie (offre du catalogue, factures de finance : aucune ne nomme le stagiaire)." }) action: Action;
}

export const REGLE_CONSERVATION =
  "Conservées 5 ans après le 31 décembre de l'année de clôture de l'action, puis anonymisées (règle à confirmer par le délégué à la protection des données de la Région).";
