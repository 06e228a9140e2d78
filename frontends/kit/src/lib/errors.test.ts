import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import { describe, expect, it } from "vitest";
import { messageErreur } from "./errors";

describe("messageErreur", () => {
  it("passes on the graph's own French messages, once each", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: "Identifiant ou mot de passe incorrect.", extensions: { code: "UNAUTHENTICATED" } },
        { message: "Identifiant ou mot de passe incorrect." },
      ],
    });
    expect(messageErreur(error)).toBe("Identifiant ou mot de passe incorrect.");
  });

  it("says when the server refused or could not be reached", () => {
    const tooMany = new ServerError("Too Many Requests", { response: new Response("", { status: 429 }), bodyText: "" });
    expect(messageErreur(tooMany)).toMatch(/Trop de requêtes/);
    expect(messageErreur(new TypeError("Failed to fetch"))).toMatch(/injoignable/);
  });
});
