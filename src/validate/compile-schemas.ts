// Build step (run by `npm run build`): compiles schemas/*.schema.json into one standalone ESM module,
// so validating needs neither ajv's compiler nor the schema files at start-up.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const standaloneCode = standaloneModule.default ?? standaloneModule;

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = join(here, '..', '..');
const schemasDir = join(packageRoot, 'schemas');
const outFile = join(here, 'generated', 'validators.js');

const files = readdirSync(schemasDir).filter((name) => name.endsWith('.schema.json')).sort();
const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true } });
// Vietnamese messages for editors (yaml-language-server reads `errorMessage`); validate words its own findings.
ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
const exports: Record<string, string> = {};
const hash = createHash('sha256');
for (const file of files) {
  const text = readFileSync(join(schemasDir, file), 'utf8');
  hash.update(file).update(text);
  const schema = JSON.parse(text) as { $id: string };
  ajv.addSchema(schema);
  exports[file.replace('.schema.json', '')] = schema.$id;

}

// ajv's ESM output still calls require() for its small runtime helpers.
const header = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";
// Export names must be identifiers: score-sheet → scoreSheet; the table keeps the schema names.
const identifier = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const code = standaloneCode(ajv, Object.fromEntries(Object.entries(exports).map(([name, id]) => [identifier(name), id])));
const table = `export const validators = { ${Object.keys(exports).map((name) => `${JSON.stringify(name)}: ${identifier(name)}`).join(', ')} };\n`;
// The version sits in a module of its own: a run answered from the cache needs it but not the validators.
const version = `export const schemaVersion = ${JSON.stringify(hash.digest('hex').slice(0, 16))};\n`;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, header + code + '\n' + table);
// One CommonJS module per schema as well (validator-of.ts): checking a file loads only its kind's validator
// and the registry's, not the code of every kind.
const perKind = new Ajv2020({ allErrors: true, strict: true, code: { source: true } });
perKind.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
for (const file of files) perKind.addSchema(JSON.parse(readFileSync(join(schemasDir, file), 'utf8')) as object);
const kindsDir = join(dirname(outFile), 'kinds');
mkdirSync(kindsDir, { recursive: true });
// ajv's one runtime helper these schemas use is written into each module: resolving and loading it from
// node_modules cost a run that checks one file about 2 ms, more than the helper's few lines.
const ucs2length = (ucs2lengthModule as unknown as { default: ((text: string) => number) & { code: string } }).default;
const inlineHelpers = (code: string) => code.replaceAll(ucs2length.code, `(${ucs2length.toString()})`);
for (const [name, id] of Object.entries(exports)) writeFileSync(join(kindsDir, `${name}.cjs`), inlineHelpers(standaloneCode(perKind, { validate: id })));
writeFileSync(join(dirname(outFile), 'schema-version.js'), version);
