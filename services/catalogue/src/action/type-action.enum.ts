import { registerEnumType } from "type-graphql";

export enum TypeAction {
  COLLECTIVE = "COLLECTIVE",
  INDIVIDUALISEE = "INDIVIDUALISEE",
}

registerEnumType(TypeAction, {
  name: "TypeAction",
  description: "Action collective (un groupe, dates communes) ou individualisée (un parcours par stagiaire).",
  valuesConfig: {
    COLLECTIVE: { description: "Action collective : la date de début réelle doit être la date prévue." },
    INDIVIDUALISEE: { description: "Action individualisée : parcours défini pour chaque stagiaire." },
  },
});
