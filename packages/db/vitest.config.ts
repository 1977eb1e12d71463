import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["./src/testing/global-setup.ts"],
    // Integration tests talk to a real PostgreSQL; the first template build migrates once.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
