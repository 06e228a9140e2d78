import { day, type ActionModel } from "../dataset.js";
import type { TableSpec } from "../table.js";
import { actionTable } from "./catalogue.js";
import { monthAfter } from "./execution.js";

interface FactureRow {
  id: number;
  actionId: number;
  organismeId: number;
  numero: string;
  periode: string;
  ht: number;
  ttc: number;
  statut: string;
  emission: number;
  type: "AVANCE" | "ACOMPTE";
  mois: string | null;
  rang: number;
}

const MOIS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"];

/**
 * Invoices per action: none before opening, then an advance and monthly / quarterly CRE
 * (6 per action on average: 300 000 for 50 000 actions); the older ones paid, the last ones
 * still emitted or signed. Amounts in integer cents; VAT: exempt (TTC = HT) or 19.6 % for some OF.
 */
export const factureTable: TableSpec<FactureRow, ActionModel> = {
  table: "facture",
  database: "finance",
  idColumn: "id",
  columns: [
    "id", "action_id", "numero", "periode", "montant_ht_centimes", "montant_ttc_centimes", "statut", "date_emission", "organisme_id",
    "type", "rang", "cle_periode", "mois_debut", "mois_fin", "realise_ht_centimes", "taux_tva_pdb", "tva_centimes", "a_payer_centimes",
  ],
  parent: actionTable,
  count: (dataset, action) => {
    if (action.statut === "AO" || action.statut === "NON_OUVERTE") return 0;
    const perOpened = dataset.scale.factures / (dataset.scale.actions * 0.8);
    const rng = dataset.rng("factures", action.id);
    return Math.max(1, Math.round(perOpened * (0.5 + rng.next())));
  },
  make: (dataset, action, index, id) => {
    const a = action!;
    const rng = dataset.rng("facture", id);
    // The advance first, then one CRE per month from the start month: one invoice per period.
    const mois = index === 0 ? null : monthAfter(a.debut, index - 1);
    const month = new Date(`${mois ?? monthAfter(a.debut, 0)}-01T00:00:00Z`);
    const emission = Math.round(month.getTime() / 86_400_000) + (index === 0 ? 0 : 31) + rng.int(0, 14);
    const ht = rng.int(50_000, 2_500_000); // 500,00 € to 25 000,00 €
    const exonere = a.organismeId % 3 !== 0;
    const recent = index >= (a.statut === "CLOTUREE" ? 99 : 2 + (a.id % 5));
    return {
      id,
      actionId: a.id,
      organismeId: a.organismeId,
      numero: `${a.numero}-${index === 0 ? "AV" : "CRE"}-${index + 1}`,
      periode: `${MOIS[month.getUTCMonth()]} ${month.getUTCFullYear()}`,
      ht,
      // Exact: 19.6 % of an integer number of cents, rounded half up, in integer arithmetic.
      ttc: exonere ? ht : ht + Math.floor((ht * 196 + 500) / 1000),
      statut: recent ? rng.weighted({ EMISE: 3, SIGNEE_DEPOSEE: 2, VALIDEE: 2, REJETEE: 1 }) : "PAYEE",
      emission,
      type: index === 0 ? "AVANCE" : "ACOMPTE",
      mois,
      rang: index,
    };
  },
  values: (f) => [
    f.id, f.actionId, f.numero, f.periode, f.ht, f.ttc, f.statut, day(f.emission), f.organismeId,
    f.type, f.type === "AVANCE" ? null : f.rang, f.mois === null ? "AVANCE" : `${f.mois}/${f.mois}`, f.mois, f.mois,
    f.type === "AVANCE" ? 0 : f.ht, f.ttc === f.ht ? 0 : 1960, f.ttc - f.ht, f.ttc,
  ],
};
