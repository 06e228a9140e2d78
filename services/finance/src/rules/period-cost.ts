import { mulDivRound, sum } from "./arithmetic.js";
import type { Mois } from "./months.js";

/** Catalogue's prestation types: forfait parcours, heure stagiaire centre, heure stagiaire entreprise. */
export type TypePrestation = "FP" | "HC" | "HE";

/** What execution declared for one month, in hundredths (of an hour, or of a forfait). */
export interface RealisationMois {
  mois: Mois;
  nombreStagiaires: number;
  heuresRealiseesCentre: number;
  heuresNonRealiseesJustifieesCentre: number;
  heuresRealiseesEntreprise: number;
  heuresNonRealiseesJustifieesEntreprise: number;
  /** Forfaits parcours completed in the month (×100); 0 when execution does not say. */
  forfaitsRealises: number;
}

/** Unit prices in cents, per prestation type. */
export type Tarifs = Record<TypePrestation, number>;

/** One invoiced line: a quantity (hundredths) at a unit price (cents). */
export interface LigneCalculee {
  /** RS: realisation carried to the solde (trois acomptes beyond 80 %). */
  prestation: TypePrestation | "RS";
  libelle: string;
  quantite: number;
  prixUnitaire: number;
  montant: number;
}

export const LIBELLES: Record<TypePrestation, string> = {
  FP: "Forfait parcours",
  HC: "Heure stagiaire centre",
  HE: "Heure stagiaire entreprise",
};

/** Paid quantities of a month: réalisées + non réalisées justifiées (the unjustified ones are not paid). */
export function quantitesPayees(mois: RealisationMois): Record<TypePrestation, number> {
  return {
    FP: mois.forfaitsRealises,
    HC: mois.heuresRealiseesCentre + mois.heuresNonRealiseesJustifieesCentre,
    HE: mois.heuresRealiseesEntreprise + mois.heuresNonRealiseesJustifieesEntreprise,
  };
}

/**
 * The lines of a period (seed 001 « Facturation »): per prestation, the paid quantities of its
 * months × the unit price, each line rounded to the cent (halves away from zero) once, on the
 * period's total quantity. Lines with nothing to pay are left out.
 * Seed 001, October 2006: centre 300 + 35 h at 7,00 €, entreprise 100 + 0 h at 1,00 € → 2 445,00 €.
 */
export function lignesPeriode(mois: readonly RealisationMois[], tarifs: Tarifs): LigneCalculee[] {
  const lignes: LigneCalculee[] = [];
  for (const prestation of ["FP", "HC", "HE"] as const) {
    const quantite = sum(mois.map((m) => quantitesPayees(m)[prestation]));
    if (quantite === 0) continue;
    const prixUnitaire = tarifs[prestation];
    lignes.push({ prestation, libelle: LIBELLES[prestation], quantite, prixUnitaire, montant: mulDivRound(quantite, prixUnitaire, 100) });
  }
  return lignes;
}

/** Cost of a period, in cents: the sum of its lines. */
export function coutPeriode(mois: readonly RealisationMois[], tarifs: Tarifs): number {
  return sum(lignesPeriode(mois, tarifs).map((l) => l.montant));
}
