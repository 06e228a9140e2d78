/** The indexes of `action` behind the sorted, paginated lists (the entity and the migration share them). */
const TRIEES = ["numeroContrat", "intitule", "anneeProgrammation", "dateDebutPrevue", "dateFinPrevue"] as const;

type Propriete = (typeof TRIEES)[number] | "organismeId" | "numero";

/** Property names, as the entity's @Index wants them. */
export const INDEX_LISTE_ACTIONS: readonly (readonly Propriete[])[] = [
  ["organismeId", "numero"],
  ...TRIEES.map((p) => ["organismeId", p, "numero"] as const),
  ...TRIEES.map((p) => [p, "numero"] as const),
];

/** Column names, as the migration's TableIndex wants them. */
export const COLONNE: Record<Propriete, string> = {
  organismeId: "organisme_id",
  numero: "numero",
  numeroContrat: "numero_contrat",
  intitule: "intitule",
  anneeProgrammation: "annee_programmation",
  dateDebutPrevue: "date_debut_prevue",
  dateFinPrevue: "date_fin_prevue",
};
