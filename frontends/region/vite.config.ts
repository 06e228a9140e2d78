import { remoteConfig } from "@sigma/ui-kit/config/remote-vite";

/** « Espace Région »: a remote built and deployed on its own (see remoteConfig). */
export default remoteConfig({ name: "region", exposes: { "./RegionPage": "./src/app/region-page.tsx" }, port: 5181 });
