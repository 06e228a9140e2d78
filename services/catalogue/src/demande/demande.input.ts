import { DateScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { TypeDemande } from "./demande.enums.js";

@InputType({ description: "« Nouvelle demande de modification » : type, composante et session (facultative : nouvelle session)." })
export class NouvelleDemandeInput {
  @Field(() => ID, { description: "Action concernée." })
  actionId: string;

  @Field(() => TypeDemande, { description: "Choix type de modification." })
  type: TypeDemande;

  @Field(() => ID, { nullable: true, description: "Composante (obligatoire pour une demande de sessions)." })
  composanteId?: string | null;

  @Field(() => ID, { nullable: true, description: "Session à modifier ; absente = « Ajouter une nouvelle session »." })
  sessionId?: string | null;
}

@InputType({ description: "Adresse de l'information collective (* : libellé de la voie, code postal, ville)." })
export class AdresseInput {
  @Field(() => String, { nullable: true, description: "N° de voie." })
  numeroVoie?: string | null;

  @Field(() => String, { nullable: true, description: "Extension de voie (bis, ter…)." })
  extensionVoie?: string | null;

  @Field(() => String, { nullable: true, description: "Type de voie (rue, allée…)." })
  typeVoie?: string | null;

  @Field({ description: "Libellé de la voie*." })
  libelleVoie: string;

  @Field(() => String, { nullable: true, description: "Entrée, immeuble, bâtiment, résidence…" })
  complement?: string | null;

  @Field(() => String, { nullable: true, description: "Mention spéciale (BP, CS…) - commune géographique." })
  mentionSpeciale?: string | null;

  @Field({ description: "Code postal* (5 chiffres)." })
  codePostal: string;

  @Field({ description: "Ville*." })
  ville: string;

  @Field(() => String, { nullable: true, description: "Cedex." })
  cedex?: string | null;
}

@InputType({ description: "Une information collective de la session (avec `id` pour en modifier une existante)." })
export class InformationCollectiveInput {
  @Field(() => ID, { nullable: true, description: "Information collective existante ; absente = nouvelle." })
  id?: string | null;

  @Field(() => DateScalar, { description: "Date*." })
  date: string;

  @Field({ description: "Heure de début* (hh:mm)." })
  heureDebut: string;

  @Field({ description: "Heure de fin* (hh:mm), après le début." })
  heureFin: string;

  @Field(() => Int, { description: "Nb. de places* (capacité d'accueil ; 0 annule)." })
  nbPlaces: number;

  @Field(() => String, { nullable: true, description: "Commentaire, publié tel quel (500 caractères au plus)." })
  commentaire?: string | null;

  @Field(() => AdresseInput, { description: "Adresse*." })
  adresse: AdresseInput;
}

@InputType({ description: "Caractéristiques de la session proposée." })
export class SessionInput {
  @Field(() => String, { nullable: true, description: "Num. de session (nouvelle session ; le suivant libre par défaut)." })
  numero?: string | null;

  @Field(() => DateScalar, { description: "Date début* (dans les dates de la composante)." })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Date fin*." })
  dateFin: string;

  @Field(() => ID, { description: "Lieu de la session* : un site de réalisation de l'organisme." })
  siteId: string;

  @Field(() => Int, { description: "Nb. de places* (0 annule la session)." })
  nbPlaces: number;

  @Field(() => String, { nullable: true, description: "Code offre info." })
  codeOffreInfo?: string | null;

  @Field(() => [InformationCollectiveInput], { nullable: true, description: "Liste complète des informations collectives de la session." })
  informationsCollectives?: InformationCollectiveInput[] | null;
}

@InputType({ description: "Nouvelles dates d'une composante." })
export class DatesComposanteInput {
  @Field(() => ID, { description: "Composante." })
  composanteId: string;

  @Field(() => DateScalar, { description: "Nouvelle date de début." })
  dateDebut: string;

  @Field(() => DateScalar, { description: "Nouvelle date de fin." })
  dateFin: string;
}

@InputType({ description: "« DATES » d'une demande de modification de dates (seuls les champs fournis changent)." })
export class DatesInput {
  @Field(() => DateScalar, { nullable: true, description: "Nouvelle date de début prévue." })
  dateDebutPrevue?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Nouvelle date de début réelle (action ouverte)." })
  dateDebutReelle?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Nouvelle date de fin prévue." })
  dateFinPrevue?: string | null;

  @Field(() => [DatesComposanteInput], { nullable: true, description: "« LISTE DES COMPOSANTES » : nouvelles dates." })
  composantes?: DatesComposanteInput[] | null;
}
