import { day, NOMS, PRENOMS, type ActionModel } from "../dataset.js";
import type { TableSpec } from "../table.js";
import { actionTable } from "./catalogue.js";

interface SuiviRow {
  id: number;
  organismeId: number;
  statut: string;
  /** Opened actions (EC, CLOTUREE) started on their planned start (their trainees enter from then on). */
  debutReel: string | null;
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
  columns: ["action_id", "organisme_id", "statut", "date_debut_reelle"],
  parent: actionTable,
  count: () => 1,
  make: (_dataset, action) => ({
    id: action!.id, organismeId: action!.organismeId, statut: action!.statut, debutReel: action!.statut === "EC" || action!.statut === "CLOTUREE" ? day(action!.debut) : null,
  }),
  values: (s) => [s.id, s.organismeId, s.statut, s.debutReel],
};

/** Trainees per action: effectifs of 6 to 18 (12 on average: 600 000 for 50 000 actions). */
export const stagiaireTable: TableSpec<StagiaireModel, ActionModel> = {
  table: "stagiaire",
  database: "execution",
  idColumn: "id",
  columns: ["id", "action_id", "nom", "prenom", "date_entree", "organisme_id", "complet"],
  parent: actionTable,
  count: (dataset, action) => {
    // NON_OUVERTE actions (5 %) have none: the others take their share.
    const perAction = dataset.scale.stagiaires / (dataset.scale.actions * 0.95);
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
  values: (s) => [s.id, s.actionId, s.nom, s.prenom, s.entree === null ? null : day(s.entree), s.organismeId, s.id % 10 === 0 ? 0 : 1],
};

interface RealisationRow {
  id: number;
  stagiaire: StagiaireModel;
  mois: string;
  hours: number[];
}

/** "YYYY-MM" of the month `offset` months after the month of day number `n`. */
export function monthAfter(n: number, offset: number): string {
  const date = new Date(n * 86_400_000);
  const months = date.getUTCFullYear() * 12 + date.getUTCMonth() + offset;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, "0")}`;
}

/**
 * Monthly hours (« suivi horaire »): one row per trainee and month from the entry, 10 months on
 * average (6 000 000 for 600 000 trainees), in hundredths of an hour: mostly hours done in the
 * centre, some in a company, a few justified / unjustified absences.
 */
export const realisationTable: TableSpec<RealisationRow, StagiaireModel> = {
  table: "realisation",
  database: "execution",
  idColumn: "id",
  columns: ["id", "action_id", "organisme_id", "stagiaire_id", "mois", "realisees_centre", "nrj_centre", "nrnj_centre", "realisees_entreprise", "nrj_entreprise", "nrnj_entreprise"],
  parent: stagiaireTable,
  count: (dataset, stagiaire) => {
    if (stagiaire.entree === null) return 0;
    // Trainees of actions not opened yet (AO) have no hours: the others take their share.
    const perTrainee = dataset.scale.heuresMensuelles / (dataset.scale.stagiaires * 0.8);
    return Math.max(1, Math.round(perTrainee * (0.5 + dataset.rng("realisations", stagiaire.id).next())));
  },
  make: (dataset, stagiaire, index, id) => {
    const rng = dataset.rng("realisation", id);
    const entreprise = rng.chance(0.3);
    return {
      id,
      stagiaire: stagiaire!,
      mois: monthAfter(stagiaire!.entree!, index),
      hours: [
        rng.int(40, 151) * 100,
        rng.chance(0.2) ? rng.int(1, 14) * 100 : 0,
        rng.chance(0.1) ? rng.int(1, 7) * 100 : 0,
        entreprise ? rng.int(35, 140) * 100 : 0,
        0,
        entreprise && rng.chance(0.05) ? rng.int(1, 7) * 100 : 0,
      ],
    };
  },
  values: (r) => [r.id, r.stagiaire.actionId, r.stagiaire.organismeId, r.stagiaire.id, r.mois, ...r.hours],
};
