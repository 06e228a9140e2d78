import { registerEnumType } from "type-graphql";

/** Where a subcontractor's invoice stands with the Région (seed 001 § 3.6.1.2–3.6.1.3). */
export enum StatutSousTraitance {
  EN_ATTENTE = "EN_ATTENTE",
  VALIDEE = "VALIDEE",
  REJETEE = "REJETEE",
}

registerEnumType(StatutSousTraitance, {
  name: "StatutFactureSousTraitant",
  description: "Décision de la Région sur la facture d'un sous-traitant.",
  valuesConfig: {
    EN_ATTENTE: { description: "Saisie par le titulaire, en attente de validation Région." },
    VALIDEE: { description: "Validée par la Région : déduite de la prochaine facture du titulaire." },
    REJETEE: { description: "Rejetée par la Région (avec un motif) : jamais déduite." },
  },
});

export const LIBELLES_SOUS_TRAITANCE: Record<StatutSousTraitance, string> = {
  EN_ATTENTE: "en attente de validation",
  VALIDEE: "validée",
  REJETEE: "rejetée",
};
