import { avant } from "@sigma/ui-kit/lib/dates";
import type { StatutAction } from "../../../gql/graphql";

export interface Compteurs {
  enAttenteOuverture: number;
  enCours: number;
  enRetardFermeture: number;
  parStatut: Record<StatutAction, number>;
}

/**
 * The « MES ACTIONS » counts of the home page (seed 003): waiting to be opened (AO), running (EC),
 * and running past their planned end (late to close: EC and planned end before today).
 */
export function compter(actions: readonly { statut: StatutAction | null; dateFinPrevue: string }[], aujourdhui: string): Compteurs {
  const parStatut: Record<StatutAction, number> = { AO: 0, EC: 0, CLOTUREE: 0, NON_OUVERTE: 0 };
  let enRetardFermeture = 0;
  for (const action of actions) {
    if (action.statut) parStatut[action.statut] += 1; // null while execution does not answer
    if (action.statut === "EC" && avant(action.dateFinPrevue, aujourdhui)) enRetardFermeture += 1;
  }
  return { enAttenteOuverture: parStatut.AO, enCours: parStatut.EC, enRetardFermeture, parStatut };
}
