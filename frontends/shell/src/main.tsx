import "@sigma/ui-kit/styles/sigma.css";
import { createApolloClient } from "@sigma/ui-kit/lib/apollo-client";
import { Erreur } from "@sigma/ui-kit/components/status";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { loadManifest } from "./config/manifest";
import { getJeton, setJeton } from "./features/auth/lib/session";
import { declareRemotes } from "./features/remotes/lib/remotes";

/**
 * Start: read ./manifest.json, register the micro-frontends it lists, create the one Apollo
 * Client (gateway from the manifest, bearer token from the session) and render.
 */
async function start(root: ReturnType<typeof createRoot>): Promise<void> {
  try {
    const manifest = await loadManifest();
    declareRemotes(manifest.remotes);
    const client = createApolloClient({
      gatewayUrl: manifest.gateway,
      getToken: getJeton,
      // An expired or revoked token: back to the login page.
      onUnauthenticated: () => setJeton(null),
    });
    root.render(
      <StrictMode>
        <App client={client} />
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    root.render(
      <main className="sigma-contenu">
        <Erreur>{error instanceof Error ? error.message : "SIGMA-graph n'a pas pu démarrer."}</Erreur>
      </main>,
    );
  }
}

void start(createRoot(document.getElementById("root")!));
