import { defineConfig } from 'vitest/config';

// `npm run test:hostile`: the standing hostile-input suite, apart from `npm test` because its
// inputs (a 130 MB line, 2,000 files) take a minute to make and run. Cases run one at a time, so
// each one's time and memory are its own.
export default defineConfig({
  test: {
    include: ['test/hostile/**/*.hostile.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
