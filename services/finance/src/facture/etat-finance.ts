import { In, IsNull, type EntityManager } from "typeorm";
import type { EtatFinance } from "../rules/plan.js";
import { FactureSousTraitant } from "../sous-traitance/sous-traitance.entity.js";
import { StatutSousTraitance } from "../sous-traitance/statut-sous-traitance.enum.js";
import { Facture } from "./facture.entity.js";

/** Finance's own state of some actions (their invoices, the subcontractor invoices waiting), in two statements. */
export async function etatsFinance(manager: EntityManager, actionIds: readonly number[]): Promise<Map<number, EtatFinance & { brutes: Facture[] }>> {
  const ids = [...actionIds];
  const [factures, attente] = await Promise.all([
    manager.getRepository(Facture).find({ where: { actionId: In(ids) }, order: { id: "ASC" } }),
    // Only what the Région validated is deducted (it pays the subcontractor directly).
    manager.getRepository(FactureSousTraitant).find({ where: { actionId: In(ids), factureId: IsNull(), statut: StatutSousTraitance.VALIDEE }, order: { id: "ASC" } }),
  ]);
  const result = new Map<number, EtatFinance & { brutes: Facture[] }>();
  for (const id of ids) {
    const own = factures.filter((f) => f.actionId === id);
    result.set(id, {
      brutes: own,
      factures: own.map((f) => ({
        type: f.type,
        numero: f.numero,
        moisDebut: f.moisDebut,
        moisFin: f.moisFin,
        palier: f.palier,
        montantRealiseHT: f.montantRealiseHT,
        reportAuSolde: f.reportAuSolde,
        montantTTC: f.montantTTC,
        avanceRecuperee: f.avanceRecuperee,
      })),
      sousTraitancesEnAttente: attente.filter((s) => s.actionId === id).map((s) => ({ id: s.id, sousTraitant: s.sousTraitant, montantHT: s.montantHT })),
    });
  }
  return result;
}
