import type { CodeStatutFacture } from "@sigma/ui-kit/lib/libelles";

/**
 * Which invoices each tab of seed 000 lists: « A facturer » the ones to emit, « Suivi des
 * factures » the emitted ones until the Région's decision, « Suivi des paiements » the validated
 * and paid ones (a rejected invoice goes back to « Suivi des factures » with its motif).
 */
export const STATUTS_PAR_ONGLET = {
  aFacturer: ["A_EMETTRE"],
  suiviFactures: ["EMISE", "SIGNEE_DEPOSEE", "REJETEE"],
  suiviPaiements: ["VALIDEE", "PAYEE"],
} as const satisfies Record<string, readonly CodeStatutFacture[]>;

export function facturesDeLOnglet<F extends { statut: CodeStatutFacture }>(factures: readonly F[], onglet: keyof typeof STATUTS_PAR_ONGLET): F[] {
  const statuts: readonly CodeStatutFacture[] = STATUTS_PAR_ONGLET[onglet];
  return factures.filter((f) => statuts.includes(f.statut));
}
