import { DateScalar, HeuresScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import {
  Civilite, DureeChomage, LieuFormation, MotifSortie, Nationalite, NiveauEntree, OrganismeRemuneration, Prescripteur, Sexe, TrancheAge,
} from "./stagiaire.enums.js";

@InputType({ description: "Période en centre ou en entreprise du parcours individualisé." })
export class PeriodeInput {
  @Field(() => LieuFormation, { description: "En centre ou en entreprise." })
  lieu: LieuFormation;

  @Field(() => DateScalar, { description: "Date de début." })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date de fin." })
  dateFin: string;
}

@InputType({ description: "Onglet « Définition de parcours » (obligatoire pour une action individualisée)." })
export class ParcoursInput {
  @Field(() => String, { nullable: true, description: "Parcours professionnel envisagé *." }) parcoursEnvisage?: string | null;
  @Field(() => HeuresScalar, { nullable: true, description: "Nombre d'heures en centre *." }) heuresCentre?: number | null;
  @Field(() => HeuresScalar, { nullable: true, description: "Nombre d'heures en entreprise *." }) heuresEntreprise?: number | null;
  @Field(() => Int, { nullable: true, description: "Nombre de périodes en entreprise *." }) nombrePeriodesEntreprise?: number | null;
  @Field(() => [PeriodeInput], { nullable: true, description: "Périodes en centre et en entreprise." }) periodes?: PeriodeInput[] | null;
  @Field(() => String, { nullable: true, description: "Modules d'enseignement général *." }) modulesEnseignementGeneral?: string | null;
  @Field(() => String, { nullable: true, description: "Modules d'enseignement professionnel *." }) modulesEnseignementProfessionnel?: string | null;
  @Field(() => String, { nullable: true, description: "Objectifs des périodes en entreprise *." }) objectifsPeriodesEntreprise?: string | null;
  @Field(() => String, { nullable: true, description: "Objectifs de formation définis *." }) objectifsFormation?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Recours à la VAE envisagé *." }) vaeEnvisagee?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: "Date prévisionnelle de début du parcours *." }) dateDebut?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Date prévisionnelle de fin du parcours *." }) dateFin?: string | null;
}

/** The whole record as the two tabs show it: a save replaces every field (an absent one becomes empty). */
@InputType({ description: "Fiche stagiaire (onglets « Identité générale » et « Définition de parcours ») ; * : obligatoire." })
export class StagiaireInput {
  @Field(() => Civilite, { nullable: true, description: "Civilité *." }) civilite?: Civilite | null;
  @Field({ description: "Nom *." }) nom: string;
  @Field({ description: "Prénom *." }) prenom: string;
  @Field(() => DateScalar, { nullable: true, description: "Date de naissance *." }) dateNaissance?: string | null;
  @Field(() => Sexe, { nullable: true, description: "Sexe *." }) sexe?: Sexe | null;
  @Field(() => Nationalite, { nullable: true, description: "Nationalité." }) nationalite?: Nationalite | null;
  @Field(() => String, { nullable: true, description: "Catégorie socio-professionnelle." }) categorieSocioProfessionnelle?: string | null;
  @Field(() => String, { nullable: true, description: "Adresse *." }) adresse?: string | null;
  @Field(() => String, { nullable: true, description: "Autre adresse." }) autreAdresse?: string | null;
  @Field(() => String, { nullable: true, description: "Code postal * (5 chiffres)." }) codePostal?: string | null;
  @Field(() => String, { nullable: true, description: "Ville." }) ville?: string | null;
  @Field(() => String, { nullable: true, description: "Adresse pendant la formation." }) adresseFormation?: string | null;
  @Field(() => String, { nullable: true, description: "Autre adresse pendant la formation." }) autreAdresseFormation?: string | null;
  @Field(() => String, { nullable: true, description: "Code postal pendant la formation." }) codePostalFormation?: string | null;
  @Field(() => String, { nullable: true, description: "Ville pendant la formation." }) villeFormation?: string | null;
  @Field(() => String, { nullable: true, description: "Code INSEE de la commune." }) codeInsee?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Date d'entrée en formation *." }) dateEntree?: string | null;
  @Field(() => OrganismeRemuneration, { nullable: true, description: "Organisme chargé de la rémunération *." }) organismeRemuneration?: OrganismeRemuneration | null;
  @Field(() => NiveauEntree, { nullable: true, description: "Niveau à l'entrée en stage *." }) niveauEntree?: NiveauEntree | null;
  @Field(() => TrancheAge, { nullable: true, description: "Tranche d'âge *." }) trancheAge?: TrancheAge | null;
  @Field(() => DureeChomage, { nullable: true, description: "Durée de chômage *." }) dureeChomage?: DureeChomage | null;
  @Field(() => Prescripteur, { nullable: true, description: "Prescripteur *." }) prescripteur?: Prescripteur | null;
  @Field(() => Boolean, { nullable: true, description: "Bénéficiaire du RMI *." }) beneficiaireRmi?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Travailleur handicapé." }) travailleurHandicape?: boolean | null;
  @Field(() => ParcoursInput, { nullable: true, description: "Parcours individualisé." }) parcours?: ParcoursInput | null;
}

@InputType({ description: "Sortie de formation d'un stagiaire." })
export class SortieInput {
  @Field(() => ID, { description: "Le stagiaire." }) stagiaireId: string;
  @Field(() => DateScalar, { description: "Date de sortie *." }) dateSortie: string;
  @Field({ description: "Vrai : fin de formation ; faux : sortie anticipée." }) finFormation: boolean;
  @Field(() => MotifSortie, { nullable: true, description: "Motif de la sortie anticipée (obligatoire pour une sortie anticipée)." }) motifSortie?: MotifSortie | null;
}
