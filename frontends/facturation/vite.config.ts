import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Validation / Facturation »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "facturation", exposes: { "./FacturationPage": "./src/app/facturation-page.tsx" }, port: 5179 });
