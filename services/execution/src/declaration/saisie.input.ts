import { DateScalar, HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, InputType } from "type-graphql";
import { LieuFormation } from "../stagiaire/stagiaire.enums.js";

@InputType({ description: "Période d'absence : ses heures forment les colonnes « non réalisées »." })
export class AbsenceInput {
  @Field(() => DateScalar, { description: "Date de début de la période (dans le mois)." }) dateDebut: string;
  @Field(() => DateScalar, { description: "Date de fin de la période (dans le mois)." }) dateFin: string;
  @Field({ description: "Motif d'absence." }) motif: string;
  @Field(() => LieuFormation, { description: "Lieu d'absence." }) lieu: LieuFormation;
  @Field({ description: "Absence justifiée (justificatif à transmettre à la Région)." }) justifiee: boolean;
  @Field(() => HeuresScalar, { description: "Nombre d'heures d'absence." }) heures: number;
}

@InputType({ description: "« Saisie des heures » d'un stagiaire pour un mois (exactes au centième)." })
export class SaisieHeuresInput {
  @Field(() => ID, { description: "Le stagiaire." }) stagiaireId: string;
  @Field({ description: "Mois déclaré, AAAA-MM." }) mois: string;
  @Field(() => HeuresScalar, { description: "Heures réalisées en centre." }) heuresRealiseesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées justifiées en centre." }) heuresNonRealiseesJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées non justifiées en centre." }) heuresNonRealiseesNonJustifieesCentre: number;
  @Field(() => HeuresScalar, { description: "Heures réalisées en entreprise." }) heuresRealiseesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées justifiées en entreprise." }) heuresNonRealiseesJustifieesEntreprise: number;
  @Field(() => HeuresScalar, { description: "Heures non réalisées non justifiées en entreprise." }) heuresNonRealiseesNonJustifieesEntreprise: number;
  @Field(() => [AbsenceInput], { defaultValue: [], description: "Périodes d'absence du mois (remplacent les précédentes)." }) absences: AbsenceInput[];
}
