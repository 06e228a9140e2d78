import { registerEnumType } from "type-graphql";

/** Statut d'un formateur (seed 001 § 3.3 : CDD, VACATAIRE…). */
export enum StatutFormateur {
  CDI = "CDI",
  CDD = "CDD",
  VACATAIRE = "VACATAIRE",
  INDEPENDANT = "INDEPENDANT",
  BENEVOLE = "BENEVOLE",
  AUTRE = "AUTRE",
}

registerEnumType(StatutFormateur, {
  name: "StatutFormateur",
  description: "Statut du formateur.",
  valuesConfig: {
    CDI: { description: "Salarié en CDI." },
    CDD: { description: "Salarié en CDD." },
    VACATAIRE: { description: "Vacataire." },
    INDEPENDANT: { description: "Travailleur indépendant." },
    BENEVOLE: { description: "Bénévole." },
    AUTRE: { description: "Autre statut." },
  },
});
