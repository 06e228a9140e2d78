import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { BrowserRouter } from "react-router";
import { useJeton } from "../features/auth/lib/session";
import { AppRoutes } from "./routes";

/** The one ApolloProvider and router of the page: the micro-frontends' queries and links go through them. */
export function App({ client }: { client: ApolloClient }) {
  const jeton = useJeton();
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <AppRoutes connecte={Boolean(jeton)} />
      </BrowserRouter>
    </ApolloProvider>
  );
}
