import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { attacherTransport } from "./televersement";

export interface ApolloClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (from the shell's manifest). */
  gatewayUrl: string;
  /** The bearer token to send, read at each request (null when nobody is logged in). */
  getToken?: () => string | null;
  /** Called when the graph answers UNAUTHENTICATED (expired or revoked token). */
  onUnauthenticated?: () => void;
}

/**
 * The one Apollo Client of the application: created by the shell and provided to every
 * micro-frontend through the shared @apollo/client (remotes never create their own).
 */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = options.getToken?.();
    return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
  });
  const unauthenticated = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) {
      options.onUnauthenticated?.();
    }
  });
  // Operations are sent by their hash (codegen's persisted documents); in production the
  // gateway runs nothing else for a browser.
  const persisted = new PersistedQueryLink({ generateHash: persistedHash });
  const client = new ApolloClient({
    link: ApolloLink.from([unauthenticated, auth, persisted, new HttpLink({ uri: options.gatewayUrl })]),
    cache: new InMemoryCache(),
  });
  // The binary uploads (lib/televersement) reach the same gateway with the same token.
  attacherTransport(client, { gatewayUrl: options.gatewayUrl, getToken: options.getToken, onUnauthenticated: options.onUnauthenticated });
  return client;
}

/** The sha-256 that codegen computed for a document (its `__meta__.hash`, "sha256:<hex>"). */
function persistedHash(document: unknown): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash) throw new Error("Document GraphQL sans empreinte : relancez npm run codegen.");
  return hash.replace(/^sha256:/, "");
}
