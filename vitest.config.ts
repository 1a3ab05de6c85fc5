import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Native hnswlib and real sockets: keep workers few on a 2-core machine.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
