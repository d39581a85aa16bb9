import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // forks, not threads: execArgv is refused by worker threads.
    pool: 'forks',
    // s3rver builds ListObjectsV2 continuation tokens with DES, which OpenSSL 3 only has in its legacy provider.
    execArgv: ['--openssl-legacy-provider'],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', CDK_VALIDATION: 'false' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
