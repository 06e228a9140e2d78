import { DateScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, ID, InputType } from "type-graphql";
import { TypeFacture } from "./type-facture.enum.js";

@InputType({ description: "« Emettre la facture » : la période confirmée par l'organisme." })
export class EmettreFactureInput {
  @Field(() => ID, { description: "Action." })
  actionId: string;

  @Field(() => TypeFacture, { defaultValue: TypeFacture.ACOMPTE, description: "ACOMPTE (une période) ou SOLDE." })
  type: TypeFacture;

  @Field(() => String, { nullable: true, description: "Premier mois de la période (AAAA-MM) ; sans objet pour le solde." })
  moisDebut: string | null;

  @Field(() => String, { nullable: true, description: "Dernier mois de la période (AAAA-MM) ; sans objet pour le solde." })
  moisFin: string | null;

  @Field({ description: "Confirmation explicite : « Souhaitez-vous vraiment émettre la facture pour la période … ? » → vrai." })
  confirmation: boolean;

  @Field(() => String, { nullable: true, description: "Clé d'idempotence choisie par le client : une émission répétée avec la même clé rend la même facture." })
  cleIdempotence: string | null;
}

@InputType({ description: "Dépôt de la facture signée (PDF en base64, taille bornée)." })
export class DeposerFactureSigneeInput {
  @Field(() => ID, { description: "Facture." })
  factureId: string;

  @Field({ description: "Nom du fichier, en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE." })
  nomFichier: string;

  @Field({ description: "Contenu du PDF encodé en base64." })
  contenuBase64: string;
}

@InputType({ description: "Paiement enregistré par la Région." })
export class EnregistrerPaiementInput {
  @Field(() => ID, { description: "Facture validée." })
  factureId: string;

  @Field(() => DateScalar, { description: "Date du paiement." })
  date: string;

  @Field(() => MontantScalar, { description: "Montant payé." })
  montant: number;

  @Field({ description: "Référence du paiement." })
  reference: string;
}

@InputType({ description: "Facture d'un sous-traitant saisie par le titulaire." })
export class FactureSousTraitantInput {
  @Field(() => ID, { description: "Action." })
  actionId: string;

  @Field(() => ID, { description: "Contractant : un sous-traitant du marché (organisme)." })
  sousTraitantId: string;

  @Field(() => MontantScalar, { description: "Montant HT." })
  montantHT: number;
}
