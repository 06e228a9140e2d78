import { describe, expect, it } from "vitest";
import { IC_VIDE, validerDates, validerIc, validerSession, versIcInput } from "../lib/validation";

const composante = { dateDebut: "2022-09-01", dateFin: "2024-06-30" };
const session = { numero: "", dateDebut: "2022-09-01", dateFin: "2022-12-31", siteId: "1", nbPlaces: "10", codeOffreInfo: "" };

describe("validerSession (seed 004, the server's messages)", () => {
  it("accepts seed 004's session 01", () => {
    expect(validerSession(session, composante, false)).toEqual({});
  });
  it("refuses dates outside the composante, an end before the start, a bad number and negative places", () => {
    expect(validerSession({ ...session, dateDebut: "2022-08-31" }, composante, false)).toEqual({
      dateDebut: "Les dates de la session doivent être comprises dans l'intervalle des dates de la composante (du 01/09/2022 au 30/06/2024).",
    });
    expect(validerSession({ ...session, dateFin: "2022-08-31" }, composante, false).dateFin).toBe(
      "La date de fin de la session (31/08/2022) doit être postérieure ou égale à sa date de début (01/09/2022).",
    );
    expect(validerSession({ ...session, numero: "1" }, composante, false).numero).toBe("Le numéro de session doit compter 2 chiffres, de 01 à 99 (ex. 01).");
    expect(validerSession({ ...session, nbPlaces: "-1" }, composante, false).nbPlaces).toBe("Le nombre de places de la session ne peut être négatif (0 annule la session).");
    expect(validerSession({ ...session, nbPlaces: "10000" }, composante, false).nbPlaces).toBe("Le nombre de places de la session ne peut dépasser 9999.");
    expect(validerSession({ ...session, siteId: "", dateDebut: null }, composante, false)).toMatchObject({
      siteId: "Le lieu de la session doit être un site de réalisation de l'organisme.",
      dateDebut: "Le champ « Date début » est obligatoire.",
    });
  });
});

describe("validerIc (seed 004 § 2.1)", () => {
  const ic = { ...IC_VIDE, date: "2022-08-31", heureDebut: "10:00", heureFin: "12:00", nbPlaces: "20", numeroVoie: "12", extensionVoie: "ter", typeVoie: "allée", libelleVoie: "de la madeleine", codePostal: "34000", ville: "MONTPELLIER" };
  it("accepts seed 004's information collective and sends it as the graph's input", () => {
    expect(validerIc(ic)).toEqual({});
    expect(versIcInput(ic)).toMatchObject({ date: "2022-08-31", heureDebut: "10:00", nbPlaces: 20, adresse: { numeroVoie: "12", libelleVoie: "de la madeleine", codePostal: "34000", complement: null } });
  });
  it("refuses times out of hh:mm, an end before the start, a bad postcode and a missing street", () => {
    expect(validerIc({ ...ic, heureDebut: "10.00" }).heureDebut).toBe("L'heure de début de l'information collective doit être au format hh:mm (ex. 09:30).");
    expect(validerIc({ ...ic, heureFin: "09:00" }).heureFin).toBe("L'heure de fin de l'information collective (09:00) doit être après l'heure de début (10:00).");
    expect(validerIc({ ...ic, codePostal: "3400" }).codePostal).toBe("Le code postal de l'information collective doit compter 5 chiffres.");
    expect(validerIc({ ...ic, libelleVoie: " " }).libelleVoie).toBe("Le champ « Libellé de la voie » est obligatoire.");
  });
});

describe("validerDates (seed 003 § 2)", () => {
  const actuelles = { dateDebutPrevue: "2023-01-02", dateFinPrevue: "2024-06-30", dateDebutReelle: "2023-01-05" };
  it("refuses an end before the real start and a composante ending before it starts", () => {
    expect(validerDates({ dateDebutPrevue: null, dateFinPrevue: "2023-01-04", composantes: [] }, actuelles).dateFinPrevue).toBe(
      "La date de fin prévue (04/01/2023) doit être postérieure ou égale à la date de début réelle (05/01/2023).",
    );
    expect(validerDates({ dateDebutPrevue: null, dateFinPrevue: null, composantes: [{ numero: "01", dateDebut: "2023-02-01", dateFin: "2023-01-06" }] }, actuelles)).toEqual({
      "composantes.0": "La date de fin de la composante 01 (06/01/2023) doit être postérieure ou égale à sa date de début (01/02/2023).",
    });
    expect(validerDates({ dateDebutPrevue: null, dateFinPrevue: null, composantes: [{ numero: "01", dateDebut: "2023-01-06", dateFin: "2024-06-30" }] }, actuelles)).toEqual({});
  });
});
