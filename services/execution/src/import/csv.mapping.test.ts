import { DomainError } from "@sigma/kit/errors/errors";
import { describe, expect, it } from "vitest";
import { checkColonnesHeures, ligneHeures } from "./heures.csv.js";
import { checkColonnesStagiaires, stagiaireDeLigne } from "./stagiaire.csv.js";

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).message;
  }
  throw new Error("accepted");
};

describe("CSV lines → the form's input", () => {
  it("reads a trainee line: dates dd/mm/yyyy, oui/non, codes, hours", () => {
    const input = stagiaireDeLigne({
      nom: "KOURNIKOVA", prenom: "ANNA", dateNaissance: "15/05/1980", sexe: "feminin", beneficiaireRmi: "non", dateEntree: "", heuresCentre: "812,5",
    });
    expect(input).toMatchObject({ nom: "KOURNIKOVA", dateNaissance: "1980-05-15", sexe: "FEMININ", beneficiaireRmi: false, dateEntree: null });
    expect(input.parcours).toMatchObject({ heuresCentre: 81250 });
    expect(stagiaireDeLigne({ nom: "A", prenom: "B" }).parcours).toBeNull();
    expect(message(() => stagiaireDeLigne({ nom: "A", prenom: "B", dateNaissance: "31/02/1980" }))).toBe("dateNaissance : « 31/02/1980 » n'est pas une date jj/mm/aaaa.");
    expect(message(() => stagiaireDeLigne({ nom: "A", prenom: "B", sexe: "X" }))).toBe("sexe : « X » n'est pas une valeur permise (MASCULIN, FEMININ).");
    expect(message(() => stagiaireDeLigne({ nom: "A", prenom: "B", beneficiaireRmi: "peut-être" }))).toBe("beneficiaireRmi : « peut-être » doit valoir oui ou non.");
  });

  it("refuses a file with unknown or missing columns", () => {
    expect(message(() => checkColonnesStagiaires(["nom", "prenom", "age"]))).toMatch(/^Colonne\(s\) inconnue\(s\) : age\./);
    expect(message(() => checkColonnesStagiaires(["nom"]))).toBe("Colonne(s) obligatoire(s) absente(s) : prenom.");
    expect(message(() => checkColonnesHeures(["type", "nom", "prenom"]))).toMatch(/^Colonne\(s\) obligatoire\(s\) absente\(s\) : heuresRealiseesCentre/);
  });

  it("reads hours and absence lines of a month", () => {
    const heures = ligneHeures({ type: "heures", nom: "kournikova", prenom: "Anna", dateNaissance: "15/05/1980", heuresRealiseesCentre: "41", heuresNonRealiseesJustifieesCentre: "2,00" });
    expect(heures).toMatchObject({ type: "HEURES", cle: "KOURNIKOVA|ANNA|1980-05-15", heures: { heuresRealiseesCentre: 4100, heuresNonRealiseesJustifieesCentre: 200, heuresRealiseesEntreprise: 0 } });
    const absence = ligneHeures({ type: "ABSENCE", nom: "KOURNIKOVA", prenom: "ANNA", dateNaissance: "15/05/1980", debut: "16/01/2007", fin: "16/01/2007", motif: "Maladie", lieu: "centre", justifiee: "oui", heures: "2" });
    expect(absence).toMatchObject({ type: "ABSENCE", absence: { dateDebut: "2007-01-16", lieu: "CENTRE", justifiee: true, heures: 200 } });
    expect(message(() => ligneHeures({ type: "ABSENCE", nom: "A", prenom: "B", debut: "16/01/2007" }))).toBe("fin : obligatoire sur une ligne ABSENCE.");
    expect(message(() => ligneHeures({ type: "AUTRE", nom: "A", prenom: "B" }))).toBe("type : « AUTRE » doit valoir HEURES ou ABSENCE.");
  });
});
