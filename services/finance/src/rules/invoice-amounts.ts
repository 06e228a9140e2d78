import { sum } from "./arithmetic.js";
import { recuperationAvance } from "./advance.js";
import type { LigneCalculee } from "./period-cost.js";
import { ventiler } from "./vat.js";

/** A subcontractor's invoice recorded by the titulaire, waiting to be stated on its next invoice. */
export interface SousTraitanceEnAttente {
  id: number;
  sousTraitant: string;
  montantHT: number;
}

export interface CalculFacture {
  lignes: readonly LigneCalculee[];
  tauxTvaPointsDeBase: number;
  /** Realised HT this invoice may still pay (trois acomptes: up to 80 % of the contract); null = no cap. */
  plafondRealise: number | null;
  sousTraitances: readonly SousTraitanceEnAttente[];
  /** The advance (TTC, cents) and what earlier invoices recovered; null when there is none. */
  avance: { montant: number; dejaRecupere: number } | null;
  /** Realisation reached with this invoice (cumulative, cents HT) and the contract amount. */
  realiseCumule: number;
  prixTotal: number;
  /** The solde recovers whatever is left of the advance, even beyond its own amount. */
  solde: boolean;
}

export interface MontantsFacture {
  /** Sum of the lines. */
  realiseHT: number;
  /** Realisation beyond the cap, carried to the solde. */
  reportAuSolde: number;
  /** « Dont X € pour [sous-traitant] »: deducted, paid to the subcontractor directly. */
  sousTraitances: SousTraitanceEnAttente[];
  sousTraitance: number;
  montantHT: number;
  montantTVA: number;
  montantTTC: number;
  avanceRecuperee: number;
  /** TTC − advance recovered; negative only for a solde that must give back part of the advance. */
  montantAPayer: number;
}

/**
 * The amounts of an invoice, in this order:
 * 1. realised HT = Σ lines; what exceeds the cap is carried to the solde;
 * 2. the pending subcontractor invoices are stated and deducted, oldest first, as long as they
 *    fit in what is left (one that does not fit waits for the next invoice): never negative;
 * 3. HT → TVA → TTC at the organisme's rate (see `ventiler`);
 * 4. the advance recovered by the realisation rate (see `recuperationAvance`), at most the TTC;
 *    a solde recovers all that is left of it;
 * 5. montant à payer = TTC − advance recovered.
 */
export function calculerFacture(input: CalculFacture): MontantsFacture {
  const realiseHT = sum(input.lignes.map((l) => l.montant));
  const reportAuSolde = input.plafondRealise === null ? 0 : Math.max(0, realiseHT - input.plafondRealise);
  let disponible = realiseHT - reportAuSolde;
  const sousTraitances: SousTraitanceEnAttente[] = [];
  for (const st of input.sousTraitances) {
    if (st.montantHT <= 0 || st.montantHT > disponible) continue;
    sousTraitances.push(st);
    disponible -= st.montantHT;
  }
  const sousTraitance = sum(sousTraitances.map((st) => st.montantHT));
  const { montantHT, montantTVA, montantTTC } = ventiler(disponible, input.tauxTvaPointsDeBase);
  let avanceRecuperee = 0;
  if (input.avance) {
    avanceRecuperee = input.solde
      ? Math.max(0, input.avance.montant - input.avance.dejaRecupere)
      : recuperationAvance({
          avance: input.avance.montant,
          dejaRecupere: input.avance.dejaRecupere,
          realiseCumule: input.realiseCumule,
          prixTotal: input.prixTotal,
          plafond: montantTTC,
        });
  }
  return {
    realiseHT,
    reportAuSolde,
    sousTraitances,
    sousTraitance,
    montantHT,
    montantTVA,
    montantTTC,
    avanceRecuperee,
    montantAPayer: montantTTC - avanceRecuperee,
  };
}
