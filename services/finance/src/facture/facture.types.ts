import { PageInfo } from "@sigma/kit/pagination/cursor";
import { DateScalar, HeuresScalar, MontantScalar } from "@sigma/kit/schema/scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Facture } from "./facture.entity.js";
import { StatutFacture } from "./statut-facture.enum.js";
import { NatureAcompte, TypeFacture, TypeSignature } from "./type-facture.enum.js";

@ObjectType({ description: "Ligne d'une facture à émettre (aperçu, rien n'est encore figé)." })
export class LigneAFacturer {
  @Field({ description: "Prestation : FP, HC, HE, ou RS (réalisé reporté au solde)." })
  prestation: string;

  @Field({ description: "Libellé de la ligne." })
  libelle: string;

  @Field(() => HeuresScalar, { description: "Quantité (heures ou forfaits)." })
  quantite: number;

  @Field(() => MontantScalar, { description: "Prix unitaire hors taxes." })
  prixUnitaire: number;

  @Field(() => MontantScalar, { description: "Montant hors taxes." })
  montant: number;
}

@ObjectType({ description: "Facture à émettre (onglet « A facturer ») : période, lignes et montants tels qu'ils seront figés à l'émission." })
export class FactureAEmettre {
  @Field(() => TypeFacture, { description: "Acompte (CRE intermédiaire) ou solde." })
  type: TypeFacture;

  @Field(() => NatureAcompte, { nullable: true, description: "Mode de paiement qui fixe la période." })
  nature: NatureAcompte | null;

  @Field(() => Int, { nullable: true, description: "Trois acomptes : seuil atteint (1, 2, 3)." })
  palier: number | null;

  @Field({ description: "Période (ex. « Septembre 2022 - Novembre 2022 »), à confirmer pour émettre." })
  periode: string;

  @Field({ description: "Premier mois (AAAA-MM)." })
  moisDebut: string;

  @Field({ description: "Dernier mois (AAAA-MM)." })
  moisFin: string;

  @Field({ description: "Support : « CRE intermédiaire » ou « Solde »." })
  support: string;

  @Field(() => StatutFacture, { description: "Toujours « à émettre »." })
  statut: StatutFacture;

  @Field({ description: "Vrai si la facture peut être émise maintenant." })
  disponible: boolean;

  @Field(() => String, { nullable: true, description: "Pourquoi elle ne peut pas encore l'être." })
  raison: string | null;

  @Field(() => [LigneAFacturer], { description: "Lignes." })
  lignes: LigneAFacturer[];

  @Field(() => [String], { description: "Mentions de sous-traitance (« Dont X € pour … »)." })
  mentionsSousTraitance: string[];

  @Field(() => MontantScalar, { description: "Réalisé (somme des lignes), HT." })
  montantRealiseHT: number;

  @Field(() => MontantScalar, { description: "Reporté au solde (au-delà de 80 %)." })
  reportAuSolde: number;

  @Field(() => MontantScalar, { description: "Part des sous-traitants déduite, HT." })
  montantSousTraitance: number;

  @Field(() => MontantScalar, { description: "Montant HT." })
  montantHT: number;

  @Field(() => MontantScalar, { description: "TVA." })
  montantTVA: number;

  @Field(() => MontantScalar, { description: "Montant TTC." })
  montantTTC: number;

  @Field(() => MontantScalar, { description: "Avance récupérée, TTC." })
  avanceRecuperee: number;

  @Field(() => MontantScalar, { description: "Montant à payer TTC." })
  montantAPayer: number;
}

@ObjectType({ description: "Ligne du compte-rendu d'exécution (CRE) : une prestation et ses quantités." })
export class LigneCreType {
  @Field({ description: "Prestation : FP, HC ou HE." })
  prestation: string;

  @Field({ description: "Libellé (ex. « Forfait parcours »)." })
  libelle: string;

  @Field({ description: "Unité : fp, hc ou he." })
  unite: string;

  @Field(() => HeuresScalar, { description: "Contractualisé." })
  contractualise: number;

  @Field(() => HeuresScalar, { nullable: true, description: "Prescrit (null tant que l'exécution ne le fournit pas)." })
  prescrit: number | null;

  @Field(() => HeuresScalar, { description: "Réalisé : réalisées + non réalisées justifiées des mois confirmés." })
  realise: number;

  @Field(() => HeuresScalar, { description: "Facturé : quantités des factures émises." })
  facture: number;

  @Field(() => HeuresScalar, { description: "Période courante (le mois à valider)." })
  periodeCourante: number;

  @Field(() => HeuresScalar, { nullable: true, description: "Forfaits parcours disponibles : contractualisé − prescrit." })
  disponibles: number | null;
}

@ObjectType({ description: "Compte-rendu d'exécution (CRE) d'une action, comme l'écran « Suivi des validations »." })
export class Cre {
  @Field(() => String, { nullable: true, description: "Mois à valider (AAAA-MM)." })
  moisAValider: string | null;

  @Field(() => String, { nullable: true, description: "Période de facturation en cours (ex. « Décembre 2022 - Février 2023 »)." })
  periodeFacturation: string | null;

  @Field(() => Int, { description: "Taux de réalisation en points de base (coût réalisé des mois confirmés / prix total)." })
  tauxRealisationPointsDeBase: number;

  @Field(() => [LigneCreType], { description: "Lignes par prestation (total de l'action)." })
  lignes: LigneCreType[];
}

@ObjectType({ description: "Facture signée déposée par l'organisme." })
export class FichierSigne {
  @Field({ description: "Nom du fichier déposé." })
  nom: string;

  @Field(() => Int, { description: "Taille en octets." })
  taille: number;

  @Field({ description: "Empreinte SHA-256 du contenu (stockage adressé par le contenu)." })
  sha256: string;

  @Field(() => TypeSignature, { description: "Signature détectée : électronique (panneau de signature) ou image." })
  signature: TypeSignature;

  @Field(() => DateScalar, { description: "Date de réception." })
  dateDepot: string;
}

@ObjectType({ description: "Document imprimable (PDF), encodé en base64." })
export class Document {
  @Field({ description: "Nom de fichier proposé." })
  nomFichier: string;

  @Field({ description: "Type MIME." })
  typeMime: string;

  @Field({ description: "Contenu encodé en base64." })
  contenuBase64: string;
}

@ObjectType({ description: "Une page de factures." })
export class FacturePage {
  @Field(() => [Facture], { description: "Factures de la page." })
  nodes: Facture[];

  @Field(() => PageInfo, { description: "Suite de la liste." })
  pageInfo: PageInfo;
}
