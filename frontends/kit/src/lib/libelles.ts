/** The seeds' labels of the graph's enums, for every section (codes as the graph sends them). */

export type CodeStatutAction = "AO" | "EC" | "CLOTUREE" | "NON_OUVERTE";
export type CodeStatutFacture = "A_EMETTRE" | "EMISE" | "SIGNEE_DEPOSEE" | "VALIDEE" | "REJETEE" | "PAYEE";

/** The lists show the status code (AO, EC…); its meaning goes in the tooltip. */
export const CODE_STATUT_ACTION: Record<CodeStatutAction, string> = { AO: "AO", EC: "EC", CLOTUREE: "Clôturée", NON_OUVERTE: "Non ouverte" };

export const LIBELLE_STATUT_ACTION: Record<CodeStatutAction, string> = {
  AO: "En attente d'ouverture",
  EC: "En cours",
  CLOTUREE: "Clôturée",
  NON_OUVERTE: "Non ouverture",
};

export const LIBELLE_STATUT_FACTURE: Record<CodeStatutFacture, string> = {
  A_EMETTRE: "À émettre",
  EMISE: "Émise, en attente de validation Région",
  SIGNEE_DEPOSEE: "Signée déposée",
  VALIDEE: "Validée par la Région",
  REJETEE: "Rejetée",
  PAYEE: "Payée",
};
