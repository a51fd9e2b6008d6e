import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Inlined dependencies ship source maps without sources; the warnings are noise.
  logLevel: 'error',
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/reporters/summary-line.ts'],
    testTimeout: 30_000,
    // Integration tests spawn the bundled actions; two cores on CI.
    pool: 'forks',
    maxWorkers: 2,
    // Its action schema is imported as JSON without an import attribute: let Vite transform it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
