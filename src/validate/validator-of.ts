// The generated validator of one schema, loaded the first time a file of that kind is checked (compile-schemas.ts
// writes one CommonJS module per schema): a run that checks one report does not load the code of every kind.
// The path goes through dist/ from the package root, so it resolves alike from dist/validate, from the bundle in
// dist/cli and from the sources under test. It is loaded through the code cache (startup/compiled-code.ts): a
// validator is large, and compiling it again is most of what loading it costs.

import { fileURLToPath } from 'node:url';
import { loadCommonJs } from '../startup/compiled-code.js';
import type { Validator } from './generated/validators.js';
const loaded = new Map<string, Validator>();

export function validatorOf(schema: string): Validator {
  let validator = loaded.get(schema);
  if (!validator) {
    if (!/^[a-z][a-z0-9-]*$/.test(schema)) throw new Error(`no schema named ${schema}`);
    const file = fileURLToPath(new URL(`../../dist/validate/generated/kinds/${schema}.cjs`, import.meta.url));
    validator = (loadCommonJs(file) as { validate: Validator }).validate;
    loaded.set(schema, validator);
  }
  return validator;
}
