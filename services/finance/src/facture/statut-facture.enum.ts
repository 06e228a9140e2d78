import { registerEnumType } from "type-graphql";

/** Statuts d'une facture (seed 000 : Suivi des factures / Suivi des paiements). */
export enum StatutFacture {
  A_EMETTRE = "A_EMETTRE",
  EMISE = "EMISE",
  SIGNEE_DEPOSEE = "SIGNEE_DEPOSEE",
  VALIDEE = "VALIDEE",
  REJETEE = "REJETEE",
  PAYEE = "PAYEE",
}

registerEnumType(StatutFacture, {
  name: "StatutFacture",
  description: "Statut d'une facture.",
  valuesConfig: {
    A_EMETTRE: { description: "À émettre." },
    EMISE: { description: "Émise, en attente de validation Région." },
    SIGNEE_DEPOSEE: { description: "Facture signée déposée." },
    VALIDEE: { description: "Validée par la Région." },
    REJETEE: { description: "Rejetée par la Région (avec un motif)." },
    PAYEE: { description: "Payée." },
  },
});
