/** Everything an invoice document prints, taken from the invoice's emission snapshot (never re-read from other domains). */
export interface DonneesFacture {
  numero: string;
  type: "AVANCE" | "ACOMPTE" | "SOLDE";
  support: string;
  rang: number | null;
  periode: string | null;
  moisDebut: string | null;
  moisFin: string | null;
  dateEmission: string;
  vendeur: { raisonSociale: string; siret: string | null; adresse: string | null; codePostal: string | null; ville: string | null };
  acheteur: { nom: string; siret: string };
  /** Bon de commande: the engagement number Chorus Pro expects. */
  numeroContrat: string;
  action: { numero: string; intitule: string };
  lignes: { prestation: string; libelle: string; quantite: number; prixUnitaire: number; montant: number }[];
  mentionsSousTraitance: { sousTraitant: string; montantHT: number; mention: string }[];
  montantRealiseHT: number;
  reportAuSolde: number;
  montantSousTraitance: number;
  montantHT: number;
  tauxTvaPointsDeBase: number;
  montantTVA: number;
  montantTTC: number;
  avanceRecuperee: number;
  montantAPayer: number;
  nomFichierAttendu: string;
}

/** French VAT exemption of continuing vocational training (CGI art. 261-4-4° a). */
export const MENTION_EXONERATION = "Exonération de TVA, article 261-4-4° a du CGI (formation professionnelle continue)";

export const jjmmaaaa = (date: string): string => date.split("-").reverse().join("/");
