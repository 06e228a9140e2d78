import { ajouterMois, jjmmaaaa } from "@sigma/ui-kit/lib/saisie";

/**
 * Fermeture's checks, as execution makes them (services/execution/src/bilan/enquete.rules.ts,
 * cloture/cloture.rules.ts), with the same messages: shown before the round trip; the server
 * checks again and its refusal is shown too.
 */
export type Moment = "SORTIE" | "SIX_MOIS" | "UN_AN";
export type Situation = "EMPLOI_SECTEUR" | "EMPLOI_AUTRE_SECTEUR" | "AUTRE_SITUATION";
export type Contrat = "CDI" | "CDD_PLUS_6_MOIS" | "CDD_MOINS_6_MOIS" | "CONTRAT_AIDE" | "INTERIM" | "AUTRE";

const DELAI: Record<Moment, number> = { SORTIE: 0, SIX_MOIS: 6, UN_AN: 12 };
const LIBELLE_MOMENT: Record<Moment, string> = { SORTIE: "à la sortie", SIX_MOIS: "à 6 mois", UN_AN: "à 1 an" };

/** Seed 001 § 3.7.2's « Fiche de suivi » labels. */
export const SITUATIONS: readonly { code: Situation; libelle: string }[] = [
  { code: "EMPLOI_SECTEUR", libelle: "Emplois dans le secteur d'activité de la formation suivie" },
  { code: "EMPLOI_AUTRE_SECTEUR", libelle: "Emplois dans un autre secteur" },
  { code: "AUTRE_SITUATION", libelle: "Autre situation" },
];
export const CONTRATS: readonly { code: Contrat; libelle: string }[] = [
  { code: "CDI", libelle: "CDI" },
  { code: "CDD_PLUS_6_MOIS", libelle: "CDD + 6 mois" },
  { code: "CDD_MOINS_6_MOIS", libelle: "CDD - 6 mois" },
  { code: "CONTRAT_AIDE", libelle: "Contrats aidés" },
  { code: "INTERIM", libelle: "Intérim" },
  { code: "AUTRE", libelle: "Autres contrats" },
];
export const MOMENTS: readonly { code: Moment; colonne: string; titre: string }[] = [
  { code: "SORTIE", colonne: "Enquête à la sortie", titre: "Enquête à la sortie" },
  { code: "SIX_MOIS", colonne: "Enquête après 6 mois", titre: "Enquête 6 mois après la sortie" },
  { code: "UN_AN", colonne: "Enquête après 1 an", titre: "Enquête 1 an après la sortie" },
];

/** The day from which a survey can be filled. */
export const ouvertureEnquete = (dateSortie: string, moment: Moment) => ajouterMois(dateSortie, DELAI[moment]);

/** The refusal of a survey, or null (the server's words). */
export function verifierEnquete(dateSortie: string | null | undefined, moment: Moment, situation: Situation | null, contrat: Contrat | null, aujourdhui: string): string | null {
  if (!dateSortie) return "La fiche de suivi se remplit une fois le stagiaire sorti de formation.";
  const debut = ouvertureEnquete(dateSortie, moment);
  if (aujourdhui < debut) return `L'enquête ${LIBELLE_MOMENT[moment]} se remplit à partir du ${jjmmaaaa(debut)}.`;
  if (!situation) return "Indiquez la situation du stagiaire.";
  const emploi = situation !== "AUTRE_SITUATION";
  if (emploi && !contrat) return "Précisez le contrat de l'emploi occupé.";
  if (!emploi && contrat) return "Une « autre situation » n'a pas de contrat de travail.";
  return null;
}

export interface StagiaireCloture {
  nom: string;
  prenom: string;
  dateEntree?: string | null;
  dateSortie: string | null;
}

/** The refusal of a closing date, or null (the server also checks the declarations). */
export function verifierCloture(stagiaires: readonly StagiaireCloture[], dateDebutReelle: string | null, dateFinReelle: string | null, aujourdhui: string): string | null {
  if (!dateFinReelle) return "Indiquez la date de fermeture de l'action.";
  const presents = stagiaires.filter((s) => s.dateSortie === null);
  if (presents.length > 0) {
    const noms = presents.map((s) => `${s.prenom} ${s.nom}`).join(", ");
    return `Tous les stagiaires doivent être sortis de formation avant la clôture (ou supprimés s'ils ne sont jamais entrés) : ${noms} sans date de sortie.`;
  }
  const derniere = stagiaires.map((s) => s.dateSortie).filter((d): d is string => Boolean(d)).sort().at(-1) ?? dateDebutReelle;
  if (derniere && dateFinReelle < derniere) return `La date de fin réelle (${jjmmaaaa(dateFinReelle)}) précède la sortie du dernier stagiaire ou le début de l'action (${jjmmaaaa(derniere)}).`;
  if (dateFinReelle > aujourdhui) return `La date de fin réelle (${jjmmaaaa(dateFinReelle)}) ne peut être postérieure à aujourd'hui (${jjmmaaaa(aujourdhui)}).`;
  return null;
}
