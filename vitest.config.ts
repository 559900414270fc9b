import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // s3-grants-setup: every S3 operation a function performs in a test is checked against its IAM policy.
    setupFiles: ['test/support/fast-check-setup.ts', 'test/support/s3-grants-setup.ts'],
    testTimeout: 30_000,
  },
});
