import { describe, expect, it } from "vitest";
import { messageNommage, nomFichierConforme, verifierFichierSigne } from "../lib/nommage";
import { lireSousTraitance } from "../lib/sous-traitance";

const ATTENDU = "23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_SEPTEMBRE 2022 - NOVEMBRE 2022.pdf";

describe("seed 000's naming rule, checked as finance checks it", () => {
  it("accepts the expected name in capitals, .pdf or .PDF, spaces collapsed, accents optional", () => {
    expect(nomFichierConforme(ATTENDU, ATTENDU)).toBe(true);
    expect(nomFichierConforme(ATTENDU.replace(".pdf", ".PDF"), ATTENDU)).toBe(true);
    expect(nomFichierConforme(ATTENDU.replace("ORGANISME TEST", "ORGANISME   TEST"), ATTENDU)).toBe(true);
    const decembre = "23P0000000_ORGANISME TEST PRF 23_ACOMPTE 2_DECEMBRE 2022 - FEVRIER 2023.pdf";
    expect(nomFichierConforme("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 2_DÉCEMBRE 2022 - FÉVRIER 2023.pdf", decembre)).toBe(true);
  });

  it("refuses lower case, another name, another extension", () => {
    expect(nomFichierConforme(ATTENDU.toLowerCase(), ATTENDU)).toBe(false);
    expect(nomFichierConforme("test facture.pdf", ATTENDU)).toBe(false);
    expect(nomFichierConforme(ATTENDU.replace(".pdf", ".docx"), ATTENDU)).toBe(false);
    expect(nomFichierConforme(ATTENDU.replace("ACOMPTE 1", "ACOMPTE 2"), ATTENDU)).toBe(false);
  });

  it("says it with the server's own message", () => {
    expect(verifierFichierSigne({ name: "test facture.pdf" }, ATTENDU)).toBe(
      `Le fichier doit être nommé en majuscules selon la règle N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE : « ${ATTENDU} » (fichier reçu : « test facture.pdf »).`,
    );
    expect(messageNommage("x".repeat(300), ATTENDU)).toContain(`« ${"x".repeat(200)} »`);
    expect(verifierFichierSigne(null, ATTENDU)).toBe("Choisissez la facture signée (PDF).");
    expect(verifierFichierSigne({ name: ATTENDU }, ATTENDU)).toBeNull();
  });
});

describe("« Créer une facture pour un sous-traitant »", () => {
  it("reads « 1500,00 » as the Montant 1500.00", () => {
    expect(lireSousTraitance("3", "1 500,00")).toEqual({ saisie: { sousTraitantId: "3", montantHT: "1500.00" }, erreurs: {} });
  });

  it("refuses a missing contractant and a zero or malformed amount with finance's messages", () => {
    expect(lireSousTraitance("", "0").erreurs).toEqual({
      sousTraitantId: "Ce contractant n'est pas un sous-traitant du marché de l'action.",
      montantHT: "Le montant HT doit être positif.",
    });
    expect(lireSousTraitance("3", "15,005").erreurs).toEqual({ montantHT: "Montant invalide : indiquez un nombre avec au plus deux décimales (ex. 3175.00)." });
  });
});
