import { Field, InputType, registerEnumType } from "type-graphql";

/** The columns the action lists sort on: each one has an index with and without the organisme in front. */
export enum CleTriAction {
  NUMERO = "NUMERO",
  NUMERO_CONTRAT = "NUMERO_CONTRAT",
  INTITULE = "INTITULE",
  ANNEE = "ANNEE",
  DATE_DEBUT_PREVUE = "DATE_DEBUT_PREVUE",
  DATE_FIN_PREVUE = "DATE_FIN_PREVUE",
}

export enum SensTri {
  ASC = "ASC",
  DESC = "DESC",
}

registerEnumType(CleTriAction, { name: "CleTriAction", description: "Colonne de tri de la liste des actions." });
registerEnumType(SensTri, { name: "SensTri", description: "Sens du tri : croissant (ASC) ou décroissant (DESC)." });

/** Column of `action` per sort key (the tie-break is always the unique numéro, in the same direction). */
export const COLONNE_TRI: Record<CleTriAction, string> = {
  NUMERO: "numero",
  NUMERO_CONTRAT: "numero_contrat",
  INTITULE: "intitule",
  ANNEE: "annee_programmation",
  DATE_DEBUT_PREVUE: "date_debut_prevue",
  DATE_FIN_PREVUE: "date_fin_prevue",
};

@InputType({ description: "Tri de la liste des actions (par défaut : année décroissante)." })
export class TriActions {
  @Field(() => CleTriAction, { defaultValue: CleTriAction.ANNEE, description: "Colonne triée." })
  cle: CleTriAction;

  @Field(() => SensTri, { defaultValue: SensTri.DESC, description: "Sens du tri ; à valeurs égales, le numéro d'action départage dans le même sens." })
  sens: SensTri;
}
