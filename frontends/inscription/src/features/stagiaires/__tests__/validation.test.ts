import { describe, expect, it } from "vitest";
import { depuisStagiaire, FICHE_VIDE, validerFichier, validerFiche, validerSortie, versStagiaireInput, type Fiche } from "../lib/validation";

const collective = { type: "COLLECTIVE" as const, dateFinPrevue: "2024-06-30", dateDebutReelle: null };
const complete: Fiche = {
  ...FICHE_VIDE,
  civilite: "MME", nom: "Kournikova", prenom: "Anna", dateNaissance: "1980-05-15", sexe: "FEMININ", adresse: "1 rue des Lilas", codePostal: "31000",
  dateEntree: "2023-01-02", organismeRemuneration: "REGION", niveauEntree: "NIVEAU_IV", trancheAge: "DE_26_A_44", dureeChomage: "MOINS_DE_6_MOIS",
  prescripteur: "MISSION_LOCALE", beneficiaireRmi: false,
};

describe("validerFiche (seed 001 § 3.2, execution's messages)", () => {
  it("accepts a complete record of a collective action without its path", () => {
    expect(validerFiche(complete, collective, false)).toEqual({});
  });

  it("needs a name even for « Valider les informations partielles »", () => {
    expect(validerFiche({ ...FICHE_VIDE, nom: "Borg" }, collective, true)).toEqual({
      prenom: "Le nom et le prénom du stagiaire sont obligatoires, même pour une fiche partielle.",
    });
    expect(validerFiche({ ...FICHE_VIDE, nom: "Borg", prenom: "Bjon" }, collective, true)).toEqual({});
  });

  it("lists the missing * fields for « Enregistrer », as the server does", () => {
    const erreurs = validerFiche({ ...FICHE_VIDE, nom: "Borg", prenom: "Bjon" }, collective, false);
    expect(erreurs.fiche).toBe(
      "Fiche incomplète : renseignez Civilité, Date de naissance, Sexe, Adresse, Code postal, Date d'entrée, Organisme chargé de la rémunération du stagiaire, Niveau à l'entrée en stage, Tranche d'âge, Durée de chômage, Prescripteur, Bénéficiaire RMI, ou utilisez « Valider les informations partielles ».",
    );
    expect(erreurs.prescripteur).toBe("Champ obligatoire.");
  });

  it("requires the path tab for an individualised action", () => {
    const erreurs = validerFiche(complete, { ...collective, type: "INDIVIDUALISEE" }, false);
    expect(erreurs.fiche).toMatch(/^Fiche incomplète : renseignez Parcours professionnel envisagé, Nombre d'heures en centre, .*Date de fin du parcours, ou utilisez/);
  });

  it("checks codes, dates and hours with the server's messages", () => {
    expect(validerFiche({ ...complete, codePostal: "3100" }, collective, false)).toEqual({ codePostal: "Le code postal doit compter 5 chiffres." });
    expect(validerFiche({ ...complete, codeInsee: "3417" }, collective, false)).toEqual({ codeInsee: "Le code INSEE doit compter 5 caractères (ex. 34172, 2A004)." });
    expect(validerFiche({ ...complete, codeInsee: "2A004" }, collective, false)).toEqual({});
    expect(validerFiche({ ...complete, dateNaissance: "2023-01-02" }, collective, false)).toEqual({
      dateNaissance: "La date de naissance (02/01/2023) doit précéder la date d'entrée en formation.",
    });
    expect(validerFiche({ ...complete, dateEntree: "2024-07-01" }, collective, false)).toEqual({
      dateEntree: "La date d'entrée (01/07/2024) est postérieure à la date de fin prévue de l'action (30/06/2024).",
    });
    expect(validerFiche(complete, { ...collective, dateDebutReelle: "2023-01-05" }, false)).toEqual({
      dateEntree: "La date d'entrée (02/01/2023) précède la date de début réelle de l'action (05/01/2023).",
    });
    expect(validerFiche({ ...complete, heuresCentre: "-3" }, collective, false)).toEqual({ heuresCentre: "Un nombre d'heures ne peut être négatif." });
    expect(validerFiche({ ...complete, nombrePeriodesEntreprise: "51" }, collective, false)).toEqual({
      nombrePeriodesEntreprise: "Le nombre de périodes en entreprise doit être compris entre 0 et 50.",
    });
    expect(validerFiche({ ...complete, dateDebutParcours: "2023-02-01", dateFinParcours: "2023-01-31" }, collective, false)).toEqual({
      dateFinParcours: "La date de fin du parcours (31/01/2023) précède sa date de début (01/02/2023).",
    });
    expect(validerFiche({ ...complete, periodes: [{ lieu: "CENTRE", dateDebut: "2023-03-06", dateFin: "2023-03-01" }] }, collective, false)).toEqual({
      "periodes.0": "La période du 06/03/2023 au 01/03/2023 se termine avant de commencer.",
    });
  });

  it("sends every field, hours as the Heures scalar, and reads them back", () => {
    const input = versStagiaireInput({ ...complete, heuresCentre: "310,5", nombrePeriodesEntreprise: "2", ville: "  " });
    expect(input).toMatchObject({ nom: "Kournikova", civilite: "MME", ville: null, beneficiaireRmi: false, parcours: { heuresCentre: "310.50", nombrePeriodesEntreprise: 2, periodes: [] } });
    const relue = depuisStagiaire({ ...input, parcours: { ...input.parcours!, periodes: [] } });
    expect(relue.heuresCentre).toBe("310,50");
    expect(relue.nombrePeriodesEntreprise).toBe("2");
    expect(relue.civilite).toBe("MME");
  });
});

describe("validerSortie and validerFichier", () => {
  it("asks for the reason of an early exit and refuses an exit before the entry", () => {
    expect(validerSortie({ dateSortie: "2023-01-31", finFormation: false, motif: "" }, "2023-01-02")).toEqual({ motifSortie: "Précisez le motif de la sortie anticipée." });
    expect(validerSortie({ dateSortie: "2023-01-01", finFormation: true, motif: "" }, "2023-01-02")).toEqual({
      dateSortie: "La date de sortie (01/01/2023) ne peut précéder la date d'entrée (02/01/2023).",
    });
    expect(validerSortie({ dateSortie: "2023-01-31", finFormation: false, motif: "ACCES_EMPLOI" }, "2023-01-02")).toEqual({});
  });
  it("refuses no file, another kind of file and one too big", () => {
    expect(validerFichier(null, null)).toBe("Choisissez un fichier CSV.");
    expect(validerFichier("stagiaires.xlsx", "x")).toMatch(/fichier CSV/);
    expect(validerFichier("stagiaires.csv", "x".repeat(90001))).toMatch(/90000 caractères/);
    expect(validerFichier("stagiaires.csv", "nom;prenom\nBorg;Bjon")).toBeNull();
  });
});
