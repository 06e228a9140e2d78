import { describe, expect, it } from "vitest";
import { nomFichierAttendu, nomFichierConforme } from "./file-name.js";

const acompte = { numeroContrat: "23P0000000", raisonSociale: "Organisme test PRF 23", type: "ACOMPTE" as const, rang: 1, periode: "Septembre 2022 - Novembre 2022" };

describe("naming rule of the signed invoice", () => {
  it("is N°BONDECOMMANDE_NOM ORGANISME_ACOMPTE N°_PERIODE in capitals", () => {
    expect(nomFichierAttendu(acompte)).toBe("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_SEPTEMBRE 2022 - NOVEMBRE 2022.pdf");
    expect(nomFichierAttendu({ ...acompte, type: "AVANCE", rang: null, periode: null })).toBe("23P0000000_ORGANISME TEST PRF 23_AVANCE.pdf");
    expect(nomFichierAttendu({ ...acompte, type: "SOLDE", rang: null, periode: "Décembre 2023" })).toBe("23P0000000_ORGANISME TEST PRF 23_SOLDE_DECEMBRE 2023.pdf");
    expect(nomFichierAttendu({ ...acompte, raisonSociale: "A/B: C" })).toMatch(/^23P0000000_A-B- C_/);
  });

  it("accepts the name in capitals, with or without accents, .pdf or .PDF", () => {
    const attendu = nomFichierAttendu({ ...acompte, periode: "Décembre 2022 - Février 2023" });
    expect(nomFichierConforme("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_DÉCEMBRE 2022 - FÉVRIER 2023.PDF", attendu)).toBe(true);
    expect(nomFichierConforme("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_DECEMBRE 2022 - FEVRIER 2023.pdf", attendu)).toBe(true);
    expect(nomFichierConforme("23P0000000_ORGANISME  TEST PRF 23_ACOMPTE 1_DECEMBRE 2022 - FEVRIER 2023.pdf", attendu)).toBe(true);
  });

  it("refuses lower case, another name or another extension", () => {
    const attendu = nomFichierAttendu(acompte);
    expect(nomFichierConforme("test facture.pdf", attendu)).toBe(false);
    expect(nomFichierConforme("23p0000000_organisme test prf 23_acompte 1_septembre 2022 - novembre 2022.pdf", attendu)).toBe(false);
    expect(nomFichierConforme("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 2_SEPTEMBRE 2022 - NOVEMBRE 2022.pdf", attendu)).toBe(false);
    expect(nomFichierConforme("23P0000000_ORGANISME TEST PRF 23_ACOMPTE 1_SEPTEMBRE 2022 - NOVEMBRE 2022.docx", attendu)).toBe(false);
  });
});
