import type { StatutAction } from "../../../gql/graphql";

/** The chart's bars: actions by statut (the counters themselves come from the graph's tableauDeBord). */
export function compterParStatut(actions: readonly { statut: StatutAction | null }[]): Record<StatutAction, number> {
  const parStatut: Record<StatutAction, number> = { AO: 0, EC: 0, CLOTUREE: 0, NON_OUVERTE: 0 };
  for (const action of actions) if (action.statut) parStatut[action.statut] += 1; // null while execution does not answer
  return parStatut;
}
