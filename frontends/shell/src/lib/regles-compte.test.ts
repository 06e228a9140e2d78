import { describe, expect, it } from "vitest";
import { MESSAGES, preparerModification, verifierMotDePasse, type ValeursCompte } from "./regles-compte";

const initiales: ValeursCompte = {
  identifiant: "OR5159",
  motDePasse: "",
  confirmation: "",
  adresse: { adresse: "2 RUE VICTOR HUGO", complementAdresse: "", codePostal: "34800", ville: "CLERMONT-L'HERAULT" },
};

describe("verifierMotDePasse", () => {
  it("uses the server's messages", () => {
    expect(verifierMotDePasse("court", "court")).toEqual({ motDePasse: "Le mot de passe doit compter au moins 10 caractères." });
    expect(verifierMotDePasse("assez-long-1", "assez-long-2")).toEqual({ confirmation: "La confirmation ne correspond pas au mot de passe." });
    expect(verifierMotDePasse("x".repeat(201), "x".repeat(201))).toEqual({ motDePasse: MESSAGES.motDePasseLong });
    expect(verifierMotDePasse("assez-long-1", "assez-long-1")).toEqual({});
  });
});

describe("preparerModification", () => {
  it("sends nothing when nothing changed", () => {
    expect(preparerModification(initiales, initiales)).toEqual({ erreurs: {}, modifications: {} });
  });

  it("sends only the changed fields", () => {
    const valeurs = { ...initiales, adresse: { ...initiales.adresse!, ville: "BEZIERS", codePostal: " 34500 " } };
    expect(preparerModification(valeurs, initiales)).toEqual({ erreurs: {}, modifications: { ville: "BEZIERS", codePostal: "34500" } });
  });

  it("refuses a bad postal code, a short password and a mismatched confirmation with the server's words", () => {
    const valeurs = { ...initiales, motDePasse: "court", confirmation: "court", adresse: { ...initiales.adresse!, codePostal: "3480" } };
    expect(preparerModification(valeurs, initiales).erreurs).toEqual({
      motDePasse: "Le mot de passe doit compter au moins 10 caractères.",
      codePostal: "Le code postal doit compter 5 chiffres.",
    });
    const confirmation = { ...initiales, motDePasse: "nouveau-mot-de-passe", confirmation: "autre-mot-de-passe" };
    expect(preparerModification(confirmation, initiales).erreurs).toEqual({ confirmation: MESSAGES.confirmation });
  });

  it("checks a new identifiant and refuses an emptied address or city", () => {
    const valeurs = { ...initiales, identifiant: "a b", adresse: { ...initiales.adresse!, adresse: " ", ville: "" } };
    expect(preparerModification(valeurs, initiales).erreurs).toEqual({
      identifiant: MESSAGES.identifiant,
      adresse: MESSAGES.adresseVide,
      ville: MESSAGES.villeVide,
    });
  });

  it("ignores the address of an account without an organisme", () => {
    const sans = { identifiant: "REGION", motDePasse: "", confirmation: "" };
    expect(preparerModification({ ...sans, identifiant: "REGION.2" }, sans)).toEqual({ erreurs: {}, modifications: { identifiant: "REGION.2" } });
  });
});
