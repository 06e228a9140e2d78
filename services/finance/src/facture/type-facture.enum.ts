import { registerEnumType } from "type-graphql";

/** Kinds of invoices (seed 000 « Support »: Avance, CRE intermédiaire; seed 001: Solde). */
export enum TypeFacture {
  AVANCE = "AVANCE",
  ACOMPTE = "ACOMPTE",
  SOLDE = "SOLDE",
}

/** How an acompte's period was chosen (payment mode). */
export enum NatureAcompte {
  MENSUEL = "MENSUEL",
  TRIMESTRIEL = "TRIMESTRIEL",
  SEUIL = "SEUIL",
  TRIMESTRIEL_REPLI = "TRIMESTRIEL_REPLI",
}

/** How a signed PDF is signed. */
export enum TypeSignature {
  ELECTRONIQUE = "ELECTRONIQUE",
  IMAGE = "IMAGE",
  AUCUNE = "AUCUNE",
}

registerEnumType(TypeFacture, {
  name: "TypeFacture",
  description: "Nature d'une facture.",
  valuesConfig: {
    AVANCE: { description: "Avance, émise à l'ouverture de l'action." },
    ACOMPTE: { description: "Acompte périodique (CRE intermédiaire)." },
    SOLDE: { description: "Solde, après la clôture et le bilan." },
  },
});

registerEnumType(NatureAcompte, {
  name: "NatureAcompte",
  description: "Mode de paiement qui a fixé la période d'un acompte.",
  valuesConfig: {
    MENSUEL: { description: "Un mois confirmé." },
    TRIMESTRIEL: { description: "Trois mois consécutifs comptés depuis le début réel." },
    SEUIL: { description: "Trois acomptes : un seuil de réalisation (30, 60, 80 %) atteint." },
    TRIMESTRIEL_REPLI: { description: "Trois acomptes : paiement trimestriel faute d'avoir atteint le seuil en trois mois." },
  },
});

registerEnumType(TypeSignature, {
  name: "TypeSignature",
  description: "Signature détectée dans la facture signée déposée.",
  valuesConfig: {
    ELECTRONIQUE: { description: "Signature électronique (dictionnaire de signature /Sig avec /ByteRange)." },
    IMAGE: { description: "Aucune signature électronique : la signature est une image (scan)." },
    AUCUNE: { description: "Ni signature électronique ni image." },
  },
});
