import { registerEnumType } from "type-graphql";

/** Where a month stands (seed 001 § 3.5.1). */
export enum EtatDeclaration {
  EN_COURS = "EN_COURS",
  A_CONFIRMER = "A_CONFIRMER",
  CONFIRMEE = "CONFIRMEE",
  EN_RETARD = "EN_RETARD",
}

registerEnumType(EtatDeclaration, {
  name: "EtatDeclaration",
  description: "État d'une déclaration de réalisation mensuelle.",
  valuesConfig: {
    EN_COURS: { description: "Mois en cours : les heures se saisissent, la confirmation viendra une fois le mois écoulé." },
    A_CONFIRMER: { description: "Mois écoulé, dans les 15 premiers jours du mois suivant : à confirmer." },
    CONFIRMEE: { description: "Confirmée par l'organisme : figée, facturable." },
    EN_RETARD: { description: "Non confirmée dans les 15 jours : se confirmera dans les 15 premiers jours d'un mois suivant, après la fin de la période suivante." },
  },
});
