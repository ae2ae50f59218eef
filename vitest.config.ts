import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      // Ink renders only the last frame when it sees CI set; the tests
      // read the frames a person would see.
      CI: 'false',
    },
    // CI also keeps the results as JSON, for .ci/run's closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: '.test-results.json' }]]
      : ['default'],
  },
});
