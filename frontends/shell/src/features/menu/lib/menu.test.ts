import { describe, expect, it } from "vitest";
import { sectionsDuRole } from "./menu";

const libelles = (role: Parameters<typeof sectionsDuRole>[0]) => sectionsDuRole(role).map((s) => s.label);

describe("sectionsDuRole", () => {
  it("gives an organisme de formation its whole execution menu, not the Région's space", () => {
    expect(libelles("ORGANISME")).toEqual([
      "Accueil",
      "Actions de formation",
      "Ouverture",
      "Inscription",
      "Suivi des réalisations",
      "Validation / Facturation",
      "Fermeture",
    ]);
  });

  it("gives the Région its space and the CARIF the offer only", () => {
    expect(libelles("REGION")).toEqual(["Accueil", "Actions de formation", "Espace Région"]);
    expect(libelles("CARIF")).toEqual(["Accueil", "Actions de formation"]);
  });

  it("gives a service account nothing", () => {
    expect(libelles("SERVICE")).toEqual([]);
  });

  it("maps every section to its own micro-frontend", () => {
    const remotes = sectionsDuRole("ORGANISME").concat(sectionsDuRole("REGION")).map((s) => s.remote.name);
    expect(new Set(remotes)).toEqual(new Set(["accueil", "actions", "ouverture", "inscription", "suivi", "facturation", "fermeture", "region"]));
  });
});
