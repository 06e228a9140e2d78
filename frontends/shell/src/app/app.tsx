import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { BrowserRouter } from "react-router";
import { ConnexionForm } from "../features/auth/components/connexion-form";
import { useJeton } from "../features/auth/lib/session";
import { EnTete } from "./layout";
import { AppRoutes } from "./routes";

/** The one ApolloProvider of the page: the micro-frontends' queries go through this client. */
export function App({ client }: { client: ApolloClient }) {
  const jeton = useJeton();
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        {jeton ? (
          <AppRoutes />
        ) : (
          <div className="sigma-app">
            <EnTete />
            <main className="sigma-contenu">
              <ConnexionForm />
            </main>
          </div>
        )}
      </BrowserRouter>
    </ApolloProvider>
  );
}
