import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Real browsers, one at a time: the machines have two cores.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    // Browser suites, and checks of the built packages (they run after the build).
    include: ['test/e2e/**/*.e2e.ts', 'test/build/**/*.build.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
