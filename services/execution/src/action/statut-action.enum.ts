import { registerEnumType } from "type-graphql";

/** Statuts d'exécution d'une action (seed 003 : AO → EC ; puis clôturée ; ou non ouverture). */
export enum StatutAction {
  AO = "AO",
  EC = "EC",
  CLOTUREE = "CLOTUREE",
  NON_OUVERTE = "NON_OUVERTE",
}

registerEnumType(StatutAction, {
  name: "StatutAction",
  description: "Statut d'exécution de l'action.",
  valuesConfig: {
    AO: { description: "En attente d'ouverture." },
    EC: { description: "En cours." },
    CLOTUREE: { description: "Clôturée." },
    NON_OUVERTE: { description: "Non ouverture déclarée." },
  },
});
