import { day, NOMS, PRENOMS, type ActionModel } from "../dataset.js";
import type { TableSpec } from "../table.js";
import { actionTable } from "./catalogue.js";

interface SuiviRow {
  id: number;
  statut: string;
}

export interface StagiaireModel {
  id: number;
  actionId: number;
  organismeId: number;
  nom: string;
  prenom: string;
  /** Entry day (day number), null for an action not opened yet. */
  entree: number | null;
}

/** Execution's record of each action: its status (the key is the action's id). */
export const actionSuiviTable: TableSpec<SuiviRow, ActionModel> = {
  table: "action_suivi",
  database: "execution",
  idColumn: "action_id",
  columns: ["action_id", "statut"],
  parent: actionTable,
  count: () => 1,
  make: (_dataset, action) => ({ id: action!.id, statut: action!.statut }),
  values: (s) => [s.id, s.statut],
};

/** Trainees per action: effectifs of 6 to 18 (12 on average: 600 000 for 50 000 actions). */
export const stagiaireTable: TableSpec<StagiaireModel, ActionModel> = {
  table: "stagiaire",
  database: "execution",
  idColumn: "id",
  columns: ["id", "action_id", "nom", "prenom", "date_entree", "organisme_id"],
  parent: actionTable,
  count: (dataset, action) => {
    const perAction = dataset.scale.stagiaires / dataset.scale.actions;
    const rng = dataset.rng("stagiaires", action.id);
    return action.statut === "NON_OUVERTE" ? 0 : Math.max(1, Math.round(perAction * (0.5 + rng.next())));
  },
  make: (dataset, action, index, id) => {
    const rng = dataset.rng("stagiaire", id);
    return {
      id,
      actionId: action!.id,
      organismeId: action!.organismeId,
      nom: rng.pick(NOMS),
      prenom: rng.pick(PRENOMS),
      // Entries spread over the first weeks of the action; late registrations after that.
      entree: action!.statut === "AO" ? null : action!.debut + (index < 8 ? rng.int(0, 14) : rng.int(15, 90)),
    };
  },
  values: (s) => [s.id, s.actionId, s.nom, s.prenom, s.entree === null ? null : day(s.entree), s.organismeId],
};
