import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { shareStrategy, sharedSingletons } from "@sigma/ui-kit/config/federation";

/**
 * The shell: a Module Federation host with no remote known at build time. The micro-frontends
 * come from public/manifest.json at run time (see src/features/remotes/lib/remotes.ts); the
 * host provides the shared singletons they use.
 */
export default defineConfig({
  plugins: [
    react(),
    federation({
      name: "shell",
      remotes: {},
      shared: sharedSingletons,
      shareStrategy,
      dts: false,
    }),
  ],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: { target: "es2022" },
});
