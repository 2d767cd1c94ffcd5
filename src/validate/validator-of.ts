// The generated validator of one schema, loaded the first time a file of that kind is checked (compile-schemas.ts
// writes one CommonJS module per schema): a run that checks one report does not load the code of every kind.
// The path goes through dist/ from the package root, so it resolves alike from dist/validate, from the bundle in
// dist/cli and from the sources under test.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Validator } from './generated/validators.js';

const load = createRequire(import.meta.url);
const loaded = new Map<string, Validator>();

export function validatorOf(schema: string): Validator {
  let validator = loaded.get(schema);
  if (!validator) {
    if (!/^[a-z][a-z0-9-]*$/.test(schema)) throw new Error(`no schema named ${schema}`);
    const file = fileURLToPath(new URL(`../../dist/validate/generated/kinds/${schema}.cjs`, import.meta.url));
    validator = (load(file) as { validate: Validator }).validate;
    loaded.set(schema, validator);
  }
  return validator;
}
