import { MockedProvider } from "@apollo/client/testing/react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MoiQuery } from "../../../gql/graphql";
import { ModifierCompteForm } from "../components/modifier-compte-form";

const organisme: MoiQuery["moi"] = {
  id: "1",
  identifiant: "OR5159",
  role: "ORGANISME",
  organisme: { id: "1", code: "OR5159", raisonSociale: "ORGANISME TEST PRF 23", adresse: "2 RUE VICTOR HUGO", complementAdresse: null, codePostal: "34800", ville: "CLERMONT-L'HERAULT" },
};

const html = (moi: MoiQuery["moi"]) =>
  renderToStaticMarkup(
    <MockedProvider>
      <ModifierCompteForm moi={moi} />
    </MockedProvider>,
  );

describe("ModifierCompteForm", () => {
  it("labels every field of seed 001 § 2.1 and fills them from the account", () => {
    const page = html(organisme);
    for (const label of ["Identifiant", "Mot de passe", "Confirmation du mot de passe", "Adresse", "Ville", "Complément d&#x27;adresse", "Code postal"]) {
      expect(page).toMatch(new RegExp(`<label for="[^"]+">${label}(<span|</label>)`));
    }
    expect(page).toContain('value="OR5159"');
    expect(page).toContain('value="2 RUE VICTOR HUGO"');
    expect(page).toContain('value="34800"');
    expect(page).toContain("<legend>Identification</legend>");
    expect(page).toContain("<legend>Adresse</legend>");
  });

  it("has no address block for an account without an organisme", () => {
    const page = html({ id: "3", identifiant: "REGION", role: "REGION", organisme: null });
    expect(page).not.toContain("<legend>Adresse</legend>");
    expect(page).toContain('value="REGION"');
  });
});
