import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Actions de formation »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "actions", exposes: { "./ActionsPage": "./src/app/actions-page.tsx" }, port: 5174 });
