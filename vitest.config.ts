import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the TypeScript sources; the schema validators exist only as build output (npm test builds first).
const generated = fileURLToPath(new URL('./dist/validate/generated/validators.js', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^.*\/generated\/validators\.js$/, replacement: generated }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
