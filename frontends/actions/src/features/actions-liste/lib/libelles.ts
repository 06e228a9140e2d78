import type { StatutAction, StatutFacture } from "../../../gql/graphql";

/** The seeds show the status code (AO, EC…) in the list; its meaning goes in the tooltip. */
export const LIBELLE_STATUT_ACTION: Record<StatutAction, string> = {
  AO: "En attente d'ouverture",
  EC: "En cours",
  CLOTUREE: "Clôturée",
  NON_OUVERTE: "Non ouverture",
};

export const CODE_STATUT_ACTION: Record<StatutAction, string> = {
  AO: "AO",
  EC: "EC",
  CLOTUREE: "Clôturée",
  NON_OUVERTE: "Non ouverte",
};

export const LIBELLE_STATUT_FACTURE: Record<StatutFacture, string> = {
  A_EMETTRE: "À émettre",
  EMISE: "Émise, en attente de validation",
  SIGNEE_DEPOSEE: "Signée déposée",
  VALIDEE: "Validée",
  REJETEE: "Rejetée",
  PAYEE: "Payée",
};
