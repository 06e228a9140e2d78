import { ApolloProvider } from "@apollo/client/react";
import { StrictMode, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { createApolloClient } from "../lib/apollo-client";
import "../styles/sigma.css";

/**
 * Renders one micro-frontend's page alone, for developing it without the shell
 * (`pnpm --filter @sigma/<name> dev`). The gateway and a token come from VITE_SIGMA_GATEWAY and
 * VITE_SIGMA_JETON (the gateway must allow this origin). In production the shell renders the
 * page inside its own ApolloProvider and router.
 */
export function StandaloneRoot({ page: Page }: { page: ComponentType }): void {
  const env = (import.meta as ImportMeta & { env: Record<string, string | undefined> }).env;
  const client = createApolloClient({
    gatewayUrl: env.VITE_SIGMA_GATEWAY ?? "http://127.0.0.1:4000/graphql",
    getToken: () => env.VITE_SIGMA_JETON ?? null,
  });
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <BrowserRouter>
          <main className="sigma-contenu">
            <Page />
          </main>
        </BrowserRouter>
      </ApolloProvider>
    </StrictMode>,
  );
}
