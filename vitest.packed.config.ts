import { defineConfig } from 'vitest/config';

// The install a user gets (npm run test:packed): packs, installs into a temporary prefix and runs it.
export default defineConfig({
  test: {
    include: ['test/packed/**/*.packed.ts'],
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
