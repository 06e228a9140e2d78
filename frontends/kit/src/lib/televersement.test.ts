import { afterEach, describe, expect, it, vi } from "vitest";
import { createApolloClient } from "./apollo-client";
import { RefusTeleversement, televerser, urlTeleversement } from "./televersement";

const PDF = new Blob(["%PDF-1.4 …"], { type: "application/pdf" });

function repondre(status: number, corps: unknown) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(typeof corps === "string" ? corps : JSON.stringify(corps), { status }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("televerser", () => {
  it("resolves the endpoint beside the gateway's GraphQL path", () => {
    expect(urlTeleversement("http://127.0.0.1:4000/graphql", "televersements/facture-signee", { factureId: "7", nomFichier: "A B_C.pdf" })).toBe(
      "http://127.0.0.1:4000/televersements/facture-signee?factureId=7&nomFichier=A+B_C.pdf",
    );
    expect(urlTeleversement("https://sigma.example/api/graphql", "televersements/facture-signee", {})).toBe("https://sigma.example/api/televersements/facture-signee");
  });

  it("sends the raw bytes with the client's token and returns the data", async () => {
    const client = createApolloClient({ gatewayUrl: "http://127.0.0.1:4000/graphql", getToken: () => "le-jeton" });
    const fetch = repondre(200, { data: { id: "7", statut: "DEPOSEE" } });
    await expect(televerser(client, "televersements/facture-signee", { factureId: "7" }, PDF, "application/pdf")).resolves.toEqual({ id: "7", statut: "DEPOSEE" });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe("http://127.0.0.1:4000/televersements/facture-signee?factureId=7");
    expect(init.method).toBe("POST");
    expect(init.body).toBe(PDF);
    expect(init.headers).toEqual({ "content-type": "application/pdf", authorization: "Bearer le-jeton" });
  });

  it("throws the server's French refusal with its code", async () => {
    const client = createApolloClient({ gatewayUrl: "http://127.0.0.1:4000/graphql", getToken: () => "le-jeton" });
    repondre(400, { errors: [{ message: "Le fichier déposé n'est pas un PDF valide.", extensions: { code: "BAD_USER_INPUT" } }] });
    const refus = await televerser(client, "televersements/facture-signee", {}, PDF, "application/pdf").catch((e: unknown) => e);
    expect(refus).toBeInstanceOf(RefusTeleversement);
    expect(refus).toMatchObject({ message: "Le fichier déposé n'est pas un PDF valide.", code: "BAD_USER_INPUT", status: 400 });
  });

  it("logs out on UNAUTHENTICATED and says something plain for an answer without a message", async () => {
    const onUnauthenticated = vi.fn();
    const client = createApolloClient({ gatewayUrl: "http://127.0.0.1:4000/graphql", getToken: () => null, onUnauthenticated });
    const fetch = repondre(401, { errors: [{ message: "Session invalide ou expirée : veuillez vous identifier de nouveau.", extensions: { code: "UNAUTHENTICATED" } }] });
    await expect(televerser(client, "televersements/facture-signee", {}, PDF, "application/pdf")).rejects.toThrow("Session invalide ou expirée");
    expect(fetch.mock.calls[0]![1].headers).toEqual({ "content-type": "application/pdf" });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
    repondre(502, "<html>Bad gateway</html>");
    await expect(televerser(client, "televersements/facture-signee", {}, PDF, "application/pdf")).rejects.toThrow("Le serveur a répondu par une erreur (502).");
  });

  it("refuses a client that was not made by createApolloClient", async () => {
    await expect(televerser({} as never, "x", {}, PDF, "application/pdf")).rejects.toThrow(/createApolloClient/);
  });
});
