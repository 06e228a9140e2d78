import { formatMontant } from "@sigma/ui-kit/lib/format";
import { comparerMontants, jjmmaaaa, lireMontant, montantPositif } from "@sigma/ui-kit/lib/saisie";

/**
 * The Région's inputs, checked as the graph checks them (finance, catalogue, execution: same
 * messages), so a refusal shows at once; the server still decides and its refusal is shown too.
 */

/** rejeterFacture: a motif of 3 to 500 characters. */
export function verifierMotifRejet(motif: string): string | null {
  const texte = motif.trim();
  return texte.length < 3 || texte.length > 500 ? "Indiquez le motif du rejet (3 à 500 caractères)." : null;
}

/** refuserDemande (dates): observations required, 4000 characters at most. */
export function verifierObservationsRefus(observations: string): string | null {
  const texte = observations.trim();
  if (!texte) return "Indiquez le motif du refus dans les observations.";
  return texte.length > 4000 ? "Les observations ne peuvent dépasser 4000 caractères." : null;
}

/** refuserDemandeModificationStagiaire: a motif. */
export function verifierMotifRefusStagiaire(motif: string): string | null {
  return motif.trim() ? null : "Indiquez le motif du refus.";
}

export interface SaisiePaiement {
  date: string;
  montant: string;
  reference: string;
}

/** enregistrerPaiement: a date not after today, a positive amount within what is left to pay, a reference. */
export function lirePaiement(
  brut: { date: string | null; montant: string; reference: string },
  resteAPayer: string,
  aujourdhui: string,
): { saisie?: SaisiePaiement; erreurs: Record<string, string> } {
  const erreurs: Record<string, string> = {};
  const reference = brut.reference.trim();
  if (reference.length < 1 || reference.length > 60) erreurs.reference = "Indiquez la référence du paiement (60 caractères au plus).";
  const montant = lireMontant(brut.montant);
  if (montant.erreur !== undefined) erreurs.montant = montant.erreur;
  else if (!montantPositif(montant.valeur) || montant.valeur.startsWith("-")) erreurs.montant = "Le montant du paiement doit être positif.";
  else if (comparerMontants(montant.valeur, resteAPayer) > 0) erreurs.montant = `Le paiement (${formatMontant(montant.valeur)}) dépasse le reste à payer (${formatMontant(resteAPayer)}).`;
  if (!brut.date) erreurs.date = "Indiquez la date du paiement.";
  else if (brut.date > aujourdhui) erreurs.date = `La date de paiement (${jjmmaaaa(brut.date)}) ne peut pas être postérieure à aujourd'hui (${jjmmaaaa(aujourdhui)}).`;
  if (Object.keys(erreurs).length || !brut.date || montant.valeur === undefined) return { erreurs };
  return { saisie: { date: brut.date, montant: montant.valeur, reference }, erreurs };
}
