import { nomFichierAttendu } from "../rules/file-name.js";
import type { Facture } from "./facture.entity.js";

interface Instantane {
  action: { numeroContrat: string };
  organisme: { raisonSociale: string };
}

/** The file name seed 000's rule expects for this invoice's signed PDF (from its emission snapshot). */
export function nomAttendu(facture: Facture): string {
  const snapshot = facture.instantane ? (JSON.parse(facture.instantane) as Instantane) : null;
  return nomFichierAttendu({
    numeroContrat: snapshot?.action.numeroContrat ?? facture.numero.split("_")[0]!,
    raisonSociale: snapshot?.organisme.raisonSociale ?? "",
    type: facture.type,
    rang: facture.rang,
    periode: facture.type === "AVANCE" ? null : facture.periode,
  });
}
