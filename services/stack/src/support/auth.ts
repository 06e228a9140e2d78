import { graphql } from "./graphql.js";

export const DEMO_PASSWORD = "sigma-demo";

/** Logs a demo account in through the gateway and returns the Authorization header to send. */
export async function login(gatewayUrl: string, identifiant: string, motDePasse = DEMO_PASSWORD): Promise<Record<string, string>> {
  const { body } = await graphql<{ connexion: { jeton: string } }>(
    gatewayUrl,
    /* GraphQL */ `mutation ($i: String!, $p: String!) { connexion(identifiant: $i, motDePasse: $p) { jeton } }`,
    { i: identifiant, p: motDePasse },
  );
  const jeton = body.data?.connexion.jeton;
  if (!jeton) throw new Error(`connexion de ${identifiant} refusée : ${JSON.stringify(body.errors)}`);
  return { authorization: `Bearer ${jeton}` };
}
