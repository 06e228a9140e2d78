import { avant } from "@sigma/ui-kit/lib/dates";
import type { Notice } from "@sigma/ui-kit/lib/notices";
import type { StatutAction } from "../../../gql/graphql";

export interface ActionSuivie {
  /** Null while execution does not answer. */
  statut: StatutAction | null;
  dateFinPrevue: string;
}

/**
 * What an organisme should do now, from the actions the graph already gives: actions waiting to
 * be opened, and actions still running past their planned end (to close, or an avenant).
 */
export function noticesDesActions(actions: readonly ActionSuivie[], aujourdhui: string): Notice[] {
  const notices: Notice[] = [];
  const enAttente = actions.filter((a) => a.statut === "AO").length;
  const enRetard = actions.filter((a) => a.statut === "EC" && avant(a.dateFinPrevue, aujourdhui)).length;
  if (enAttente > 0) {
    notices.push({
      id: "actions-en-attente-ouverture",
      niveau: "info",
      texte:
        enAttente > 1
          ? `${enAttente} actions en attente d'ouverture : ouvrez-les dès l'entrée du premier stagiaire.`
          : "1 action en attente d'ouverture : ouvrez-la dès l'entrée du premier stagiaire.",
      lien: { chemin: "/ouverture", libelle: "Ouverture" },
      source: "actions",
    });
  }
  if (enRetard > 0) {
    notices.push({
      id: "actions-en-retard-fermeture",
      niveau: "alerte",
      texte: `${enRetard} ${enRetard > 1 ? "actions en retard de fermeture" : "action en retard de fermeture"} : la date de fin prévue est dépassée.`,
      lien: { chemin: "/fermeture", libelle: "Fermeture" },
      source: "actions",
    });
  }
  return notices;
}
