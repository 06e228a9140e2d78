import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Inscription »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "inscription", exposes: { "./InscriptionPage": "./src/app/inscription-page.tsx" }, port: 5177 });
