import { addMonths, monthOf, monthsBetween } from "@sigma/kit/dates/calendar";
import { StatutAction } from "../action/statut-action.enum.js";
import { enRetardDeFermeture } from "../cloture/cloture.rules.js";
import type { TableauDeBord } from "./tableau.type.js";

export interface TableauFaits {
  /** Catalogue's actions in scope. */
  actions: { id: number; dateFinPrevue: string }[];
  /** Execution's records of them (absent: never written on, so AO). */
  suivis: { actionId: number; statut: StatutAction; dateDebutReelle: string | null }[];
  confirmations: { actionId: number; mois: string }[];
  inscriptionsEnAttente: number;
  aujourdhui: string;
}

/**
 * The home counters' rules, on plain rows: the reference definition. TableauService computes the
 * same figures in SQL (never loading the actions); the dashboard test checks the two agree on a
 * known dataset (gateway/test/indicateurs).
 */
export function compter(faits: TableauFaits): TableauDeBord {
  const suivis = new Map(faits.suivis.map((s) => [s.actionId, s]));
  const statut = (id: number) => suivis.get(id)?.statut ?? StatutAction.AO;
  const dernierMoisEcoule = addMonths(monthOf(faits.aujourdhui), -1);
  let declarationsEnAttente = 0;
  for (const action of faits.actions.filter((a) => statut(a.id) === StatutAction.EC)) {
    const debut = suivis.get(action.id)!.dateDebutReelle;
    if (!debut) continue;
    const confirmes = new Set(faits.confirmations.filter((c) => c.actionId === action.id).map((c) => c.mois));
    declarationsEnAttente += monthsBetween(monthOf(debut), dernierMoisEcoule).filter((mois) => !confirmes.has(mois)).length;
  }
  return {
    actionsEnAttenteOuverture: faits.actions.filter((a) => statut(a.id) === StatutAction.AO).length,
    actionsEnCours: faits.actions.filter((a) => statut(a.id) === StatutAction.EC).length,
    actionsEnRetardFermeture: faits.actions.filter((a) => enRetardDeFermeture(statut(a.id), a.dateFinPrevue, faits.aujourdhui)).length,
    inscriptionsEnAttente: faits.inscriptionsEnAttente,
    declarationsEnAttente,
  };
}
