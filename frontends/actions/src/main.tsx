import { ApolloProvider } from "@apollo/client/react";
import { createApolloClient } from "@sigma/ui-kit/lib/apollo-client";
import "@sigma/ui-kit/styles/sigma.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import ActionsPage from "./app/actions-page";

/**
 * Standalone page for developing this micro-frontend alone (`pnpm --filter @sigma/actions dev`):
 * in production the shell renders ActionsPage with its own client. The gateway and a token
 * come from VITE_SIGMA_GATEWAY and VITE_SIGMA_JETON (the gateway must allow this origin).
 */
const client = createApolloClient({
  gatewayUrl: import.meta.env.VITE_SIGMA_GATEWAY ?? "http://127.0.0.1:4000/graphql",
  getToken: () => import.meta.env.VITE_SIGMA_JETON ?? null,
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <ActionsPage />
    </ApolloProvider>
  </StrictMode>,
);
