import type { FrequencePaiement } from "../rules/payment-modes.js";
import type { RealisationMois, TypePrestation } from "../rules/period-cost.js";

/** What finance reads from catalogue (CONTRACTS.md), amounts in cents, volumes in hundredths. */
export interface OrganismeFacturation {
  id: number;
  code: string;
  raisonSociale: string;
  siret: string;
  adresse: string | null;
  codePostal: string | null;
  ville: string | null;
  /** 0 = exonéré. */
  tauxTvaPointsDeBase: number;
}

export interface PrestationContrat {
  type: TypePrestation;
  libelle: string;
  volumeTotal: number;
  prixUnitaire: number;
}

export interface ActionCatalogue {
  id: number;
  numero: string;
  intitule: string;
  numeroContrat: string;
  prixTotal: number;
  organisme: OrganismeFacturation;
  sousTraitants: { id: number; raisonSociale: string; siret: string }[];
  composantes: { numero: string; intitule: string; prestations: PrestationContrat[] }[];
}

export type StatutAction = "AO" | "EC" | "CLOTUREE" | "NON_OUVERTE";

export interface DeclarationExecution extends RealisationMois {
  confirmee: boolean;
}

/** What finance reads from execution (CONTRACTS.md). */
export interface ActionExecution {
  id: number;
  statut: StatutAction;
  dateDebutReelle: string | null;
  dateFinReelle: string | null;
  frequencePaiement: FrequencePaiement | null;
  bilanComplet: boolean;
  /** Every month since the real start, oldest first. */
  declarations: DeclarationExecution[];
  /** Planned quantities of the trainees entered (CRE « prescrit »): not in the contract yet, null until execution gives it. */
  prescrit: Record<TypePrestation, number> | null;
}

/** An action opened since the last poll (execution's actionsOuvertes). */
export interface ActionOuverte {
  id: number;
  dateDebutReelle: string | null;
}
