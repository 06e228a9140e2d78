import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Accueil »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "accueil", exposes: { "./AccueilPage": "./src/app/accueil-page.tsx" }, port: 5175 });
