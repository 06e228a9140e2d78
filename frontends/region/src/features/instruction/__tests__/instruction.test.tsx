import { describe, expect, it } from "vitest";
import { lirePaiement, verifierMotifRefusStagiaire, verifierMotifRejet, verifierObservationsRefus } from "../lib/decisions";

describe("Espace Région — the Région's inputs, checked with the graph's messages", () => {
  it("asks for a rejection motif of 3 to 500 characters (finance's rule)", () => {
    expect(verifierMotifRejet("  ")).toBe("Indiquez le motif du rejet (3 à 500 caractères).");
    expect(verifierMotifRejet("ok")).toBe("Indiquez le motif du rejet (3 à 500 caractères).");
    expect(verifierMotifRejet("x".repeat(501))).toBe("Indiquez le motif du rejet (3 à 500 caractères).");
    expect(verifierMotifRejet("  Pièce non signée  ")).toBeNull();
  });

  it("asks for observations to refuse a date request, 4000 characters at most (catalogue's rule)", () => {
    expect(verifierObservationsRefus(" ")).toBe("Indiquez le motif du refus dans les observations.");
    expect(verifierObservationsRefus("x".repeat(4001))).toBe("Les observations ne peuvent dépasser 4000 caractères.");
    expect(verifierObservationsRefus("Dates incohérentes")).toBeNull();
    expect(verifierMotifRefusStagiaire("")).toBe("Indiquez le motif du refus.");
    expect(verifierMotifRefusStagiaire("Justificatif manquant")).toBeNull();
  });

  it("reads a payment in French notation and refuses what finance refuses", () => {
    expect(lirePaiement({ date: "2023-02-15", montant: "1 000,5", reference: " MANDAT-1 " }, "3175.00", "2023-03-10")).toEqual({
      saisie: { date: "2023-02-15", montant: "1000.50", reference: "MANDAT-1" },
      erreurs: {},
    });
    expect(lirePaiement({ date: "2023-02-15", montant: "3175,01", reference: "M" }, "3175.00", "2023-03-10").erreurs).toEqual({
      montant: "Le paiement (3 175,01 €) dépasse le reste à payer (3 175,00 €).",
    });
    expect(lirePaiement({ date: "2999-01-01", montant: "0", reference: " " }, "3175.00", "2023-03-10").erreurs).toEqual({
      date: "La date de paiement (01/01/2999) ne peut pas être postérieure à aujourd'hui (10/03/2023).",
      montant: "Le montant du paiement doit être positif.",
      reference: "Indiquez la référence du paiement (60 caractères au plus).",
    });
    expect(lirePaiement({ date: null, montant: "12,345", reference: "R" }, "3175.00", "2023-03-10").erreurs).toEqual({
      date: "Indiquez la date du paiement.",
      montant: "Montant invalide : indiquez un nombre avec au plus deux décimales (ex. 3175.00).",
    });
  });
});
