import { registerEnumType } from "type-graphql";

/** Fréquence de versement des acomptes choisie à l'ouverture (seeds 001 § 3.4, 003). */
export enum FrequencePaiement {
  MENSUEL = "MENSUEL",
  TRIMESTRIEL = "TRIMESTRIEL",
  TROIS_ACOMPTES = "TROIS_ACOMPTES",
}

registerEnumType(FrequencePaiement, {
  name: "FrequencePaiement",
  description: "Fréquence de paiement des acomptes périodiques.",
  valuesConfig: {
    MENSUEL: { description: "Mensuel : un acompte par mois civil depuis la date de début réelle." },
    TRIMESTRIEL: { description: "Trimestriel : trois mois consécutifs comptés depuis la date de début réelle." },
    TROIS_ACOMPTES: { description: "Trois acomptes suivant le taux de réalisation (30 %, 60 %, moins de 80 %)." },
  },
});
