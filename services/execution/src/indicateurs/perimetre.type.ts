import type { Perimetre as Scope } from "@sigma/kit/indicateurs/perimetre";
import { HeuresScalar } from "@sigma/kit/schema/scalars";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Action } from "../action/action.type.js";
import { StatutAction } from "../action/statut-action.enum.js";
import { ContratTravail, MomentEnquete, SituationStagiaire } from "../bilan/enquete.enums.js";

/** Execution's side of catalogue's Perimetre (issue 8): only the key; the figures are field resolvers. */
@Directive('@key(fields: "cle")')
@ObjectType("Perimetre")
export class Perimetre {
  @Field(() => ID, { description: "Clé canonique du périmètre (filtre après application des droits de l'appelant)." })
  cle: string;

  /** The scope parsed from the key, with the caller's rights applied again (not a GraphQL field). */
  scope: Scope;
}

@ObjectType({ description: "Actions dans un statut d'exécution." })
export class ActionsParStatut {
  @Field(() => StatutAction, { description: "Statut d'exécution (une action jamais ouverte est en attente d'ouverture)." }) statut: StatutAction;
  @Field(() => Int, { description: "Nombre d'actions." }) nombre: number;
}

@ObjectType({ description: "Sorties de formation pour un motif." })
export class SortiesParMotif {
  @Field({ description: "FIN_FORMATION (sortie en fin de formation), un motif de sortie anticipée (MotifSortie) ou NON_PRECISE." }) motif: string;
  @Field({ description: "Libellé du motif." }) libelle: string;
  @Field(() => Int, { description: "Nombre de stagiaires sortis." }) nombre: number;
}

@ObjectType({ description: "Stagiaires du périmètre." })
export class IndicateursStagiaires {
  @Field(() => Int, { description: "Stagiaires entrés (période : date d'entrée)." }) entres: number;
  @Field(() => Int, { description: "Stagiaires présents à la fin de la période (ou aujourd'hui) : entrés, pas encore sortis." }) presents: number;
  @Field(() => Int, { description: "Stagiaires sortis (période : date de sortie)." }) sortis: number;
  @Field(() => [SortiesParMotif], { description: "Sorties par motif (période : date de sortie)." }) sortiesParMotif: SortiesParMotif[];
}

@ObjectType({ description: "Heures réalisées comparées aux heures contractualisées." })
export class IndicateursHeures {
  @Field(() => HeuresScalar, { description: "Heures réalisées, en centre et en entreprise (période : mois de la déclaration)." }) realisees: number;
  @Field(() => HeuresScalar, { description: "Heures contractualisées (prestations HC + HE) des actions du périmètre (période : actions dont les dates prévues la recoupent)." })
  contractualisees: number;
  @Field(() => String, { nullable: true, description: "Taux de réalisation en pour cent, décimal exact à deux chiffres arrondi au plus proche (ex. « 45.25 ») ; nul sans heures contractualisées." })
  tauxRealisation: string | null;
}

@ObjectType({ description: "Heures réalisées d'un mois." })
export class HeuresDuMois {
  @Field({ description: "Mois (AAAA-MM)." }) mois: string;
  @Field(() => HeuresScalar, { description: "Heures réalisées en centre et en entreprise." }) realisees: number;
  @Field(() => HeuresScalar, { description: "Heures réalisées en centre." }) realiseesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures réalisées en entreprise." }) realiseesEntreprise: number;
}

@ObjectType({ description: "Réalisation d'une action : le détail derrière le taux de réalisation." })
export class RealisationAction {
  @Field(() => Action, { description: "L'action (ses numéro et intitulé viennent du catalogue)." }) action: Action;
  @Field(() => HeuresScalar, { description: "Heures réalisées (période : mois de la déclaration)." }) heuresRealisees: number;
  @Field(() => HeuresScalar, { description: "Heures contractualisées." }) heuresContractualisees: number;
  @Field(() => String, { nullable: true, description: "Taux de réalisation en pour cent (décimal exact à deux chiffres)." }) tauxRealisation: string | null;
  @Field(() => StatutAction, { description: "Statut d'exécution." }) statut: StatutAction;
}

@ObjectType({ description: "Suivi des déclarations et des fermetures, à la date du jour." })
export class IndicateursSuivi {
  @Field(() => Int, { description: "Déclarations en attente : mois écoulés non confirmés des actions en cours." }) declarationsEnAttente: number;
  @Field(() => Int, { description: "Déclarations en retard : mois non confirmés dont le délai (le 15 du mois suivant) est dépassé." }) declarationsEnRetard: number;
  @Field(() => Int, { description: "Actions en retard de fermeture : en cours après leur date de fin prévue." }) actionsEnRetardFermeture: number;
}

@ObjectType({ description: "Résultat des enquêtes de suivi : nombre de fiches pour un moment, une situation et un contrat." })
export class ResultatEnquete {
  @Field(() => MomentEnquete, { description: "Moment de l'enquête (sortie, 6 mois, 1 an)." }) moment: MomentEnquete;
  @Field(() => SituationStagiaire, { description: "Situation du stagiaire." }) situation: SituationStagiaire;
  @Field(() => ContratTravail, { nullable: true, description: "Contrat, pour un emploi." }) contrat: ContratTravail | null;
  @Field(() => Int, { description: "Nombre de fiches." }) nombre: number;
}
