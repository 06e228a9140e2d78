import type { ApolloClient } from "@apollo/client";

/**
 * Files sent to the gateway's binary endpoints (the raw bytes as the body, not base64 in a
 * GraphQL mutation, which keeps its 100 kB limit): e.g. `POST /televersements/facture-signee`.
 * The one Apollo Client of the page (created by the shell, shared with every remote) carries
 * where the gateway is and how to read the token, under a registry symbol: a remote's own copy
 * of this module finds it on the client that `useApolloClient()` gives it.
 */
export interface Transport {
  /** The gateway's GraphQL endpoint; the binary endpoints are resolved beside it. */
  gatewayUrl: string;
  getToken?: () => string | null;
  onUnauthenticated?: () => void;
}

const CLE = Symbol.for("sigma-graph.transport");

export function attacherTransport(client: object, transport: Transport): void {
  Object.defineProperty(client, CLE, { value: transport, enumerable: false });
}

export function transportDe(client: object): Transport {
  const transport = (client as Record<symbol, Transport | undefined>)[CLE];
  if (!transport) throw new Error("Client GraphQL sans adresse de passerelle : il doit être créé par createApolloClient.");
  return transport;
}

/** A refusal from a binary endpoint, with the server's French message and its code. */
export class RefusTeleversement extends Error {
  override name = "RefusTeleversement";
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** `chemin` (e.g. "televersements/facture-signee") beside the GraphQL endpoint, with its query string. */
export function urlTeleversement(gatewayUrl: string, chemin: string, parametres: Record<string, string>): string {
  const url = new URL(chemin, gatewayUrl);
  for (const [cle, valeur] of Object.entries(parametres)) url.searchParams.set(cle, valeur);
  return url.href;
}

interface Reponse<T> {
  data?: T;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

/**
 * Sends `fichier` as the body with its bearer token; answers the endpoint's `data`, or throws a
 * RefusTeleversement carrying the server's message (the same codes and words as the graph's).
 */
export async function televerser<T>(client: ApolloClient, chemin: string, parametres: Record<string, string>, fichier: Blob, type: string): Promise<T> {
  const transport = transportDe(client);
  const jeton = transport.getToken?.();
  let reponse: Response;
  try {
    reponse = await fetch(urlTeleversement(transport.gatewayUrl, chemin, parametres), {
      method: "POST",
      headers: { "content-type": type, ...(jeton ? { authorization: `Bearer ${jeton}` } : {}) },
      body: fichier,
    });
  } catch {
    throw new RefusTeleversement("Le serveur est injoignable. Vérifiez votre connexion puis réessayez.", "NETWORK_ERROR", 0);
  }
  let corps: Reponse<T> | null = null;
  try {
    corps = (await reponse.json()) as Reponse<T>;
  } catch {
    corps = null;
  }
  const erreur = corps?.errors?.[0];
  if (reponse.ok && corps?.data !== undefined && !erreur) return corps.data;
  const code = erreur?.extensions?.code ?? `HTTP_${reponse.status}`;
  if (code === "UNAUTHENTICATED") transport.onUnauthenticated?.();
  if (erreur?.message) throw new RefusTeleversement(erreur.message, code, reponse.status);
  if (reponse.status === 429) throw new RefusTeleversement("Trop de requêtes : réessayez dans un instant.", code, reponse.status);
  throw new RefusTeleversement(`Le serveur a répondu par une erreur (${reponse.status}).`, code, reponse.status);
}
