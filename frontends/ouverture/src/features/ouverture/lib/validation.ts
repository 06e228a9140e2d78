import { formatDate } from "@sigma/ui-kit/lib/format";
import type { Erreurs } from "@sigma/ui-kit/lib/saisie";

export interface FaitsOuverture {
  type: "COLLECTIVE" | "INDIVIDUALISEE";
  dateDebutPrevue: string;
  /** Earliest entry date among the trainees, null when none has one (the server refuses then). */
  premiereEntree: string | null;
}

/**
 * Seeds 001 § 3.4 and 003, as execution checks them (ouverture.rules.ts, same messages): the real
 * start is the first trainee's entry, and a collective action opens on its planned start. With
 * no trainee entered the server refuses, and the form shows its refusal.
 */
export function validerOuverture(dateDebutReelle: string | null, frequence: string | null, faits: FaitsOuverture): Erreurs {
  const erreurs: Erreurs = {};
  if (!frequence) erreurs.frequencePaiement = "Choisissez la fréquence de paiement.";
  if (!dateDebutReelle) {
    erreurs.dateDebutReelle = "Le champ « Date de début réelle » est obligatoire.";
    return erreurs;
  }
  if (faits.premiereEntree && dateDebutReelle !== faits.premiereEntree) {
    erreurs.dateDebutReelle = `La date de début réelle (${formatDate(dateDebutReelle)}) doit être la date d'entrée du premier stagiaire (${formatDate(faits.premiereEntree)}).`;
  } else if (faits.type === "COLLECTIVE" && dateDebutReelle !== faits.dateDebutPrevue) {
    erreurs.dateDebutReelle = `Pour une action collective, la date de début réelle (${formatDate(dateDebutReelle)}) doit être la date de début prévue (${formatDate(faits.dateDebutPrevue)}) : contactez le Conseil régional pour reporter les dates de l'action.`;
  }
  return erreurs;
}

export function premiereEntree(stagiaires: readonly { dateEntree?: string | null }[]): string | null {
  return stagiaires.map((s) => s.dateEntree).filter((d): d is string => Boolean(d)).sort()[0] ?? null;
}

export const FREQUENCES = [
  { valeur: "MENSUEL", libelle: "Mensuel" },
  { valeur: "TRIMESTRIEL", libelle: "Trimestriel" },
  { valeur: "TROIS_ACOMPTES", libelle: "Trois acomptes" },
] as const;
