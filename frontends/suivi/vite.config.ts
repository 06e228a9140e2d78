import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Suivi des réalisations »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "suivi", exposes: { "./SuiviPage": "./src/app/suivi-page.tsx" }, port: 5178 });
