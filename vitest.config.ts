import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // The test files share each worker's module cache: every file starts its own fakes, harnesses and
    // servers, and the knowledge is read-only, so nothing leaks between them; it cuts the run by half.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
