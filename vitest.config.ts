import { defineConfig } from 'vitest/config';

// One runner for the whole workspace: unit tests live next to the code they test, cross-package
// tests in test/, example smoke tests next to each example. Tests run on source, never on dist/.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['test/setup/no-console.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
