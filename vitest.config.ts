import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/helpers/fast-check-setup.ts'],
    // Most test files wait on child processes, servers and the browser rather than compute: two
    // files at a time even on two cores (vitest's default leaves one core idle, so a 2-core CI
    // machine ran the files one after another).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
