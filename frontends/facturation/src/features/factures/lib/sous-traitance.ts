import { lireMontant, montantPositif, type Lecture } from "@sigma/ui-kit/lib/saisie";

export interface SaisieSousTraitance {
  sousTraitantId: string;
  montantHT: string;
}

/**
 * « Créer une facture pour un sous-traitant » (seed 001 § 3.6.1.2): a contractant of the
 * marché and a positive amount HT, with finance's messages.
 */
export function lireSousTraitance(sousTraitantId: string, montant: string): { saisie?: SaisieSousTraitance; erreurs: Record<string, string> } {
  const erreurs: Record<string, string> = {};
  if (!sousTraitantId) erreurs.sousTraitantId = "Ce contractant n'est pas un sous-traitant du marché de l'action.";
  const lu: Lecture<string> = lireMontant(montant);
  if (lu.erreur !== undefined) erreurs.montantHT = lu.erreur;
  else if (!montantPositif(lu.valeur)) erreurs.montantHT = "Le montant HT doit être positif.";
  return Object.keys(erreurs).length || lu.valeur === undefined ? { erreurs } : { saisie: { sousTraitantId, montantHT: lu.valeur }, erreurs };
}
