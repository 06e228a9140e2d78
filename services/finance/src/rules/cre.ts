import { sum } from "./arithmetic.js";
import { LIBELLES, quantitesPayees, type RealisationMois, type TypePrestation } from "./period-cost.js";

/** One row of the CRE table (seed 000), quantities in hundredths of a forfait or an hour. */
export interface LigneCre {
  prestation: TypePrestation;
  libelle: string;
  unite: "fp" | "hc" | "he";
  contractualise: number;
  /** Planned for the trainees entered; null while execution does not tell it. */
  prescrit: number | null;
  realise: number;
  facture: number;
  /** The month being declared (« A valider »), 0 when none. */
  periodeCourante: number;
  /** Forfaits parcours still available: contractualisé − prescrit (« 117 fp disponibles »). */
  disponibles: number | null;
}

export interface EntreesCre {
  contractualise: Record<TypePrestation, number>;
  prescrit: Record<TypePrestation, number> | null;
  /** Confirmed months (réalisé). */
  moisConfirmes: readonly RealisationMois[];
  /** The month in progress, if any. */
  moisCourant: RealisationMois | null;
  /** Quantities on emitted invoices, per prestation. */
  facture: Record<TypePrestation, number>;
}

const UNITES = { FP: "fp", HC: "hc", HE: "he" } as const;

/**
 * The CRE table: per prestation contractualisé, prescrit, réalisé (paid quantities of the
 * confirmed months: réalisées + non réalisées justifiées), facturé, the current period, and
 * for forfaits parcours the number still available.
 */
export function tableauCre(entrees: EntreesCre): LigneCre[] {
  return (["FP", "HC", "HE"] as const).map((prestation) => {
    const prescrit = entrees.prescrit ? entrees.prescrit[prestation] : null;
    return {
      prestation,
      libelle: LIBELLES[prestation],
      unite: UNITES[prestation],
      contractualise: entrees.contractualise[prestation],
      prescrit,
      realise: sum(entrees.moisConfirmes.map((m) => quantitesPayees(m)[prestation])),
      facture: entrees.facture[prestation],
      periodeCourante: entrees.moisCourant ? quantitesPayees(entrees.moisCourant)[prestation] : 0,
      disponibles: prestation === "FP" && prescrit !== null ? entrees.contractualise.FP - prescrit : null,
    };
  });
}
