// The floor for `giaouoc validate`: one Node process that only reads, parses (yaml, YAML 1.2) and validates
// (ajv, the same schemas) every file, with nothing else. Usage: node bench/validate-floor.js <dir>

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import Ajv2020Module from 'ajv/dist/2020.js';
import { PROJECT } from './lib.js';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const ajv = new Ajv2020({ allErrors: true, strict: true });
// The schemas' Vietnamese `errorMessage` is for editors; like the build, the floor takes it as an annotation.
ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
const validators = {};
for (const file of readdirSync(join(PROJECT, 'schemas')).filter((name) => name.endsWith('.schema.json'))) {
  validators[file.replace('.schema.json', '')] = ajv.compile(JSON.parse(readFileSync(join(PROJECT, 'schemas', file), 'utf8')));
}

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.name.endsWith('.yaml')) yield path;
  }
}

let files = 0;
let invalid = 0;
for (const file of walk(process.argv[2])) {
  const value = parse(readFileSync(file, 'utf8'), { version: '1.2', uniqueKeys: true });
  const validate = file.endsWith('giaouoc.yaml') ? validators.config : validators[value.kind];
  if (!validate(value)) invalid++;
  files++;
}
process.stdout.write(JSON.stringify({ files, invalid }) + '\n');
