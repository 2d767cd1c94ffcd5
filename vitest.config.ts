import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the TypeScript sources; the generated modules (schema validators, schema version) exist only as
// build output, so imports of them resolve to dist/ (npm test builds first).
const generatedDir = fileURLToPath(new URL('./dist/validate/generated/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [{ find: /^.*\/generated\/(validators|schema-version)\.js$/, replacement: `${generatedDir}$1.js` }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-tmp.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
