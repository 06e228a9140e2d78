import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Ouverture »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "ouverture", exposes: { "./OuverturePage": "./src/app/ouverture-page.tsx" }, port: 5176 });
