import { defineConfig } from 'vitest/config';

// The tests that drive a real Chromium (npm run test:browser); `npm test` leaves them out and needs Node alone.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
