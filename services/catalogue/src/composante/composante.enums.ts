import { registerEnumType } from "type-graphql";

export enum TypePrestation {
  FP = "FP",
  HC = "HC",
  HE = "HE",
}

registerEnumType(TypePrestation, {
  name: "TypePrestation",
  description: "Nature d'une prestation (unité du volume contractualisé).",
  valuesConfig: {
    FP: { description: "Forfait parcours (fp)." },
    HC: { description: "Heure stagiaire en centre (hc)." },
    HE: { description: "Heure stagiaire en entreprise (he)." },
  },
});

export enum LieuPeriode {
  CENTRE = "CENTRE",
  ENTREPRISE = "ENTREPRISE",
}

registerEnumType(LieuPeriode, {
  name: "LieuPeriode",
  description: "Où se déroule une période de formation.",
  valuesConfig: { CENTRE: { description: "En centre." }, ENTREPRISE: { description: "En entreprise." } },
});
