/** A trainee's month, the six columns of « Suivi horaire », in hundredths of an hour. */
export interface HeuresMois {
  realiseesCentre: number;
  nonRealiseesJustifieesCentre: number;
  nonRealiseesNonJustifieesCentre: number;
  realiseesEntreprise: number;
  nonRealiseesJustifieesEntreprise: number;
  nonRealiseesNonJustifieesEntreprise: number;
}

export const COLONNES: (keyof HeuresMois)[] = [
  "realiseesCentre", "nonRealiseesJustifieesCentre", "nonRealiseesNonJustifieesCentre",
  "realiseesEntreprise", "nonRealiseesJustifieesEntreprise", "nonRealiseesNonJustifieesEntreprise",
];

export const LIBELLES: Record<keyof HeuresMois, string> = {
  realiseesCentre: "heures réalisées en centre",
  nonRealiseesJustifieesCentre: "heures non réalisées justifiées en centre",
  nonRealiseesNonJustifieesCentre: "heures non réalisées non justifiées en centre",
  realiseesEntreprise: "heures réalisées en entreprise",
  nonRealiseesJustifieesEntreprise: "heures non réalisées justifiées en entreprise",
  nonRealiseesNonJustifieesEntreprise: "heures non réalisées non justifiées en entreprise",
};

export const ZERO: HeuresMois = {
  realiseesCentre: 0, nonRealiseesJustifieesCentre: 0, nonRealiseesNonJustifieesCentre: 0,
  realiseesEntreprise: 0, nonRealiseesJustifieesEntreprise: 0, nonRealiseesNonJustifieesEntreprise: 0,
};

export function somme(lignes: HeuresMois[]): HeuresMois {
  const total = { ...ZERO };
  for (const ligne of lignes) for (const colonne of COLONNES) total[colonne] += ligne[colonne];
  return total;
}

/**
 * The recap's « Heures centre / entreprise » (seed 001 § 3.5): hours réalisées plus non
 * réalisées justifiées — the hours that count (KOURNIKOVA: 41 + 2 = 43 in centre, 15 + 3 = 18 in
 * entreprise). Unjustified absences are declared but not counted.
 */
export const heuresCentre = (h: HeuresMois): number => h.realiseesCentre + h.nonRealiseesJustifieesCentre;
export const heuresEntreprise = (h: HeuresMois): number => h.realiseesEntreprise + h.nonRealiseesJustifieesEntreprise;
