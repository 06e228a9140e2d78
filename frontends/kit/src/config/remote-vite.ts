import { federation } from "@module-federation/vite";
import react from "@vitejs/plugin-react";
import { defineConfig, type UserConfig } from "vite";
import { shareStrategy, sharedSingletons } from "./federation";

export interface RemoteOptions {
  /** The manifest's name of the micro-frontend (e.g. "accueil"): also its federation name. */
  name: string;
  /** What it exposes to the shell, e.g. { "./AccueilPage": "./src/app/accueil-page.tsx" }. */
  exposes: Record<string, string>;
  /** Port of `vite dev` / `vite preview` when developing it alone. */
  port: number;
}

/**
 * The build of one menu section's micro-frontend: a Module Federation remote built and deployed
 * on its own. dist/remoteEntry.js is what the shell's manifest.json points to; every other file
 * is addressed relative to it (base "./"), so the folder can be served from any origin or path.
 * Every remote is built the same way, so each vite.config.ts is three lines.
 */
export function remoteConfig({ name, exposes, port }: RemoteOptions): UserConfig {
  return defineConfig({
    base: "./",
    plugins: [react(), federation({ name, filename: "remoteEntry.js", exposes, shared: sharedSingletons, shareStrategy, dts: false })],
    server: { port, strictPort: true, origin: `http://127.0.0.1:${port}`, cors: true },
    preview: { port, strictPort: true, cors: true },
    build: { target: "es2022" },
  });
}
