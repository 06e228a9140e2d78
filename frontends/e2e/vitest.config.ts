import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    root: import.meta.dirname,
    include: ["test/**/*.test.ts"],
    // Each file starts a whole stack (three subgraphs, gateway, static servers) and a browser.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
