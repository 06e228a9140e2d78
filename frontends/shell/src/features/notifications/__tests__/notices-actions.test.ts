import { describe, expect, it } from "vitest";
import { noticesDesActions } from "../lib/notices-actions";

describe("noticesDesActions", () => {
  it("counts actions waiting to be opened and running past their planned end", () => {
    const notices = noticesDesActions(
      [
        { statut: "AO", dateFinPrevue: "2024-06-30" },
        { statut: "AO", dateFinPrevue: "2025-06-30" },
        { statut: "EC", dateFinPrevue: "2024-06-30" },
        { statut: "EC", dateFinPrevue: "2024-07-01" },
        { statut: "CLOTUREE", dateFinPrevue: "2020-01-01" },
      ],
      "2024-07-01",
    );
    expect(notices.map((n) => [n.id, n.niveau, n.texte, n.lien?.chemin])).toEqual([
      ["actions-en-attente-ouverture", "info", "2 actions en attente d'ouverture : ouvrez-les dès l'entrée du premier stagiaire.", "/ouverture"],
      ["actions-en-retard-fermeture", "alerte", "1 action en retard de fermeture : la date de fin prévue est dépassée.", "/fermeture"],
    ]);
  });

  it("says nothing when there is nothing to do", () => {
    expect(noticesDesActions([{ statut: "EC", dateFinPrevue: "2030-01-01" }], "2024-07-01")).toEqual([]);
    expect(noticesDesActions([{ statut: "AO", dateFinPrevue: "2030-01-01" }], "2024-07-01")[0]?.texte).toBe(
      "1 action en attente d'ouverture : ouvrez-la dès l'entrée du premier stagiaire.",
    );
  });
});
