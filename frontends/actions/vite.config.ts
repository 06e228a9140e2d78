import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { sharedSingletons } from "@sigma/ui-kit/config/federation";

/**
 * The « Actions de formation » micro-frontend: a Module Federation remote built and deployed on
 * its own. dist/remoteEntry.js is what the shell's manifest.json points to; every other file is
 * addressed relative to it (base "./"), so the folder can be served from any origin or path.
 */
export default defineConfig({
  base: "./",
  plugins: [
    react(),
    federation({
      name: "actions",
      filename: "remoteEntry.js",
      exposes: { "./ActionsPage": "./src/app/actions-page.tsx" },
      shared: sharedSingletons,
      dts: false,
    }),
  ],
  server: { port: 5174, strictPort: true, origin: "http://127.0.0.1:5174", cors: true },
  preview: { port: 5174, strictPort: true, cors: true },
  build: { target: "es2022" },
});
