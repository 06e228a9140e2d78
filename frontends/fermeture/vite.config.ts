import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Fermeture »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "fermeture", exposes: { "./FermeturePage": "./src/app/fermeture-page.tsx" }, port: 5180 });
