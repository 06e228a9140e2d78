import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "ui-kit",
    root: import.meta.dirname,
    include: ["src/**/*.test.{ts,tsx}"],
  },
});
