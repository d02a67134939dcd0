import { defineConfig } from 'vitest/config';

// The tests that need LibreOffice (npm run test:office); `npm test` leaves them out and needs Node alone.
export default defineConfig({
  test: {
    include: ['test/office/**/*.office.ts'],
    globalSetup: ['test/temp-root.ts'],
    testTimeout: 300_000,
  },
});
