import { defineConfig } from 'vitest/config';

// `npm test`: every test that needs Node alone.
export default defineConfig({
  test: {
    globalSetup: ['test/temp-root.ts'],
  },
});
