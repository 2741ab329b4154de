import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // The test files share each worker's module cache: every file starts its own fakes, harnesses and
    // servers, and the knowledge is read-only, so nothing leaks between them; it cuts the run by half.
    isolate: false,
    // More workers than cores: many tests wait on a spawned bot or a socket, which leaves a core
    // idle; three workers keep both busy (vitest about 60 s instead of 92 s on a quiet 2-core machine, with the
    // static checks running beside it).
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
