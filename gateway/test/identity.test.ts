import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { startStack, type Stack } from "@sigma/stack/stack";
import { login } from "@sigma/stack/support/auth";
import { graphql } from "@sigma/stack/support/graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CONNEXION = /* GraphQL */ `mutation ($i: String!, $p: String!) { connexion(identifiant: $i, motDePasse: $p) { jeton expiration compte { identifiant role organisme { code } } } }`;

describe("identity: connexion, mot de passe oublié, modifier votre compte", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  const connexion = (identifiant: string, motDePasse: string) => graphql<{ connexion: { jeton: string; expiration: string; compte: { identifiant: string; role: string; organisme: { code: string } | null } } }>(stack.gatewayUrl, CONNEXION, { i: identifiant, p: motDePasse });

  it("logs a demo account in with a signed, expiring token", async () => {
    const { body } = await connexion("OR5159", "sigma-demo");
    expect(body.errors).toBeUndefined();
    const { jeton, expiration, compte } = body.data!.connexion;
    expect(compte).toEqual({ identifiant: "OR5159", role: "ORGANISME", organisme: { code: "OR5159" } });
    expect(jeton.split(".")).toHaveLength(3);
    expect(JSON.parse(Buffer.from(jeton.split(".")[0]!, "base64url").toString())).toMatchObject({ alg: "EdDSA" });
    const hours = (new Date(expiration).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
  });

  it("answers a wrong password and an unknown identifiant alike", async () => {
    const wrong = await connexion("GR237", "pas-le-bon-mot");
    const unknown = await connexion("PERSONNE", "pas-le-bon-mot");
    for (const { body } of [wrong, unknown]) {
      expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(body.errors?.[0]?.message).toBe("Identifiant ou mot de passe incorrect.");
    }
  });

  it("locks an account for a while after 5 failures, known or not, and never logs the password", async () => {
    for (const identifiant of ["CARIF", "INCONNU-42"]) {
      const messages: string[] = [];
      for (let i = 0; i < 5; i += 1) messages.push((await connexion(identifiant, `mauvais-${i}-secret`)).body.errors![0]!.message);
      expect(messages.slice(0, 4).every((m) => m === "Identifiant ou mot de passe incorrect.")).toBe(true);
      expect(messages[4]).toMatch(/verrouillé pendant 15 minutes/);
      // Even the right password is refused while locked.
      const locked = await connexion(identifiant, "sigma-demo");
      expect(locked.body.errors?.[0]?.message).toMatch(/verrouillé/);
    }
    for (const service of ["gateway", "catalogue"]) expect(stack.logs(service)).not.toContain("mauvais-0-secret");
  });

  it("sends a reset link to a known e-mail through the outbox, refuses an unknown one, and the link works once", async () => {
    const unknown = await graphql(stack.gatewayUrl, `mutation { motDePasseOublie(email: "personne@nulle-part.example") }`);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.body.errors?.[0]?.message).toBe("Cette adresse électronique n'existe pas dans l'annuaire des utilisateurs.");

    const known = await graphql<{ motDePasseOublie: string }>(stack.gatewayUrl, `mutation { motDePasseOublie(email: "formation@greta-hg.example") }`);
    expect(known.body.data?.motDePasseOublie).toMatch(/courrier électronique vous a été envoyé/);
    let jeton: string | undefined;
    for (let i = 0; i < 50 && !jeton; i += 1) {
      jeton = /reinitialisation\?jeton=([\w-]+)/.exec(stack.logs("catalogue"))?.[1];
      if (!jeton) await new Promise((r) => setTimeout(r, 100));
    }
    expect(jeton).toBeDefined();

    const reset = (motDePasse: string, confirmation: string) =>
      graphql(stack.gatewayUrl, `mutation ($j: String!, $p: String!, $c: String!) { reinitialiserMotDePasse(jeton: $j, motDePasse: $p, confirmation: $c) }`, { j: jeton, p: motDePasse, c: confirmation });
    expect((await reset("nouveau-secret-1", "nouveau-secret-2")).body.errors?.[0]?.message).toBe("La confirmation ne correspond pas au mot de passe.");
    expect((await reset("court", "court")).body.errors?.[0]?.message).toBe("Le mot de passe doit compter au moins 10 caractères.");
    expect((await reset("nouveau-secret-1", "nouveau-secret-1")).body.errors).toBeUndefined();
    expect((await reset("nouveau-secret-3", "nouveau-secret-3")).body.errors?.[0]?.message).toMatch(/invalide ou expiré/);
    expect((await connexion("GR237", "sigma-demo")).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await connexion("GR237", "nouveau-secret-1")).body.errors).toBeUndefined();
  });

  it("lets an account change its identifiant, password and its organisme's address, with the seed's checks", async () => {
    const or = await login(stack.gatewayUrl, "OR5159");
    const modifier = (input: Record<string, string>, headers = or) =>
      graphql<{ modifierCompte: { identifiant: string; organisme: { adresse: string; codePostal: string; ville: string } } }>(
        stack.gatewayUrl,
        `mutation ($input: ModifierCompteInput!) { modifierCompte(input: $input) { identifiant organisme { adresse codePostal ville } } }`,
        { input },
        headers,
      );
    expect((await modifier({ motDePasse: "abcdefghijk", confirmation: "abcdefghijz" })).body.errors?.[0]?.message).toBe("La confirmation ne correspond pas au mot de passe.");
    expect((await modifier({ codePostal: "3450" })).body.errors?.[0]?.message).toBe("Le code postal doit compter 5 chiffres.");
    const taken = await modifier({ identifiant: "REGION" });
    expect(taken.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await modifier({ ville: "X" }, {})).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const ok = await modifier({ adresse: "2 RUE VICTOR HUGO", codePostal: "34800", ville: "Clermont-l'Hérault" });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.modifierCompte.organisme).toEqual({ adresse: "2 RUE VICTOR HUGO", codePostal: "34800", ville: "CLERMONT-L'HÉRAULT" });

    const region = await login(stack.gatewayUrl, "REGION");
    const refused = await modifier({ ville: "TOULOUSE" }, region);
    expect(refused.body.errors?.[0]?.message).toBe("Seul un organisme de formation a une adresse à modifier.");
  });

  it("refuses tokens that are expired, forged with another key, or not tokens at all (401)", async () => {
    const keys = JSON.parse(readFileSync(path.join(stack.dataDir, "keys.json"), "utf8")) as { privateKey: string };
    const sign = (key: Parameters<SignJWT["sign"]>[0], exp: number) =>
      new SignJWT({ role: "REGION", idf: "REGION" }).setProtectedHeader({ alg: "EdDSA" }).setSubject("3").setIssuer("sigma-graph").setAudience("sigma-graph").setExpirationTime(exp).sign(key);
    const now = Math.floor(Date.now() / 1000);
    const valid = await sign(createPrivateKey(keys.privateKey), now + 60);
    const expired = await sign(createPrivateKey(keys.privateKey), now - 60);
    const foreign = await sign(generateKeyPairSync("ed25519").privateKey, now + 60);
    const ask = (token: string) => graphql(stack.gatewayUrl, "{ moi { identifiant } }", {}, { authorization: `Bearer ${token}` });
    expect((await ask(valid)).body.errors).toBeUndefined();
    for (const token of [expired, foreign, "pas-un-jeton-du-tout"]) {
      const { status, body } = await ask(token);
      expect(status).toBe(401);
      expect(body.errors?.[0]?.message).toBe("Session invalide ou expirée : veuillez vous identifier de nouveau.");
    }
    // Each subgraph verifies on its own too: the forged token is refused straight at finance.
    expect((await graphql(stack.subgraphUrls.finance!, "{ __typename }", {}, { authorization: `Bearer ${foreign}` })).status).toBe(401);
  });
});
