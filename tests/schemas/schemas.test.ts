import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { parseDocument } from 'yaml';

// ajv-formats is CommonJS: under NodeNext its default import is the module object, whose `default` is the plugin.
const addFormats = formats.default;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA_DIR = join(ROOT, 'schemas');
const EXAMPLES = join(ROOT, 'examples');
const FIXTURES = join(ROOT, 'tests/fixtures');
const SCHEMA_NAMES = ['compact', 'config', 'document', 'plan', 'report', 'scoring-table', 'score-sheet'] as const;
const KIND_NAMES = ['compact', 'plan', 'report', 'scoring-table', 'score-sheet', 'document'] as const;
type SchemaName = (typeof SCHEMA_NAMES)[number];

type Json = { [key: string]: unknown };

// A letter only Vietnamese spelling uses: enough to tell Vietnamese text from an English placeholder.
const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

function readSchema(name: SchemaName): Json {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as Json;
}

function compileAll(): Record<SchemaName, ValidateFunction> {
  const compiled = {} as Record<SchemaName, ValidateFunction>;
  for (const name of SCHEMA_NAMES) {
    // A fresh instance per schema: each file must stand on its own, without the others loaded.
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
    addFormats(ajv);
    compiled[name] = ajv.compile(readSchema(name));
  }
  return compiled;
}

const validators = compileAll();

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return entry.name.endsWith('.yaml') ? [path] : [];
  });
}

function readYaml(path: string): unknown {
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true });
  expect(doc.errors.map((error) => error.message), path).toEqual([]);
  return doc.toJS();
}

function schemaFor(path: string, value: unknown): SchemaName {
  if (basename(path) === 'giaouoc.yaml') return 'config';
  const kind = (value as { kind?: unknown }).kind;
  expect(KIND_NAMES, `${path}: kind`).toContain(kind);
  return kind as SchemaName;
}

function validate(name: SchemaName, value: unknown): ErrorObject[] {
  const validator = validators[name];
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

function describeErrors(errors: ErrorObject[]): string {
  return errors.map((error) => `${error.instancePath || '/'} ${error.message}`).join('\n');
}

interface SchemaNode {
  node: Json;
  where: string;
}

/**
 * Every subschema that describes data, with its location. Conditional branches (if/then/else) are left out:
 * they only narrow a property the enclosing object already declares, titles included.
 */
function describedNodes(node: Json, where: string): SchemaNode[] {
  const found: SchemaNode[] = [{ node, where }];
  const children: [string, unknown][] = [];
  for (const key of ['properties', '$defs'] as const) {
    const map = node[key] as Json | undefined;
    for (const [name, child] of Object.entries(map ?? {})) children.push([`${where}/${key}/${name}`, child]);
  }
  if (node.items) children.push([`${where}/items`, node.items]);
  (node.allOf as Json[] | undefined)?.forEach((child, index) => children.push([`${where}/allOf/${index}`, child]));
  for (const [childWhere, child] of children) found.push(...describedNodes(child as Json, childWhere));
  return found;
}

function conditionalProperties(node: Json): string[] {
  const branches = [node, ...((node.allOf as Json[] | undefined) ?? [])];
  return branches.flatMap((branch) =>
    ['if', 'then', 'else'].flatMap((key) => Object.keys(((branch[key] as Json | undefined)?.properties as Json) ?? {})),
  );
}

describe('schemas', () => {
  it('holds exactly one schema per kind plus the registry, each compiling under strict Ajv 2020', () => {
    const files = readdirSync(SCHEMA_DIR).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(SCHEMA_NAMES.map((name) => `${name}.schema.json`).sort());
    for (const name of SCHEMA_NAMES) expect(typeof validators[name]).toBe('function');
  });

  it.each(SCHEMA_NAMES)('%s: declares draft 2020-12, a stable $id and a Vietnamese title and description', (name) => {
    const schema = readSchema(name);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://giaouoc.org/schemas/v1/${name}.schema.json`);
    expect(schema.title).toMatch(VIETNAMESE_LETTER);
    expect(schema.description).toMatch(VIETNAMESE_LETTER);
  });

  it.each(SCHEMA_NAMES)('%s: refers only to its own definitions', (name) => {
    const refs = JSON.stringify(readSchema(name)).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^"\$ref":"#\/\$defs\/[A-Za-z]+"$/);
  });

  it.each(KIND_NAMES)('%s: requires its kind as a constant', (name) => {
    const schema = readSchema(name);
    expect((schema.properties as Json).kind).toMatchObject({ const: name });
    expect(schema.required).toContain('kind');
  });

  it.each(SCHEMA_NAMES)('%s: every object is closed and every property has a Vietnamese title and description', (name) => {
    const problems: string[] = [];
    for (const { node, where } of describedNodes(readSchema(name), '#')) {
      const properties = node.properties as Json | undefined;
      if (node.type === 'object' && node.additionalProperties !== false) problems.push(`${where}: additionalProperties`);
      if (properties && node.type !== 'object') problems.push(`${where}: properties without type object`);
      for (const [property, child] of Object.entries(properties ?? {})) {
        for (const key of ['title', 'description'] as const) {
          const value = (child as Json)[key];
          if (typeof value !== 'string' || !VIETNAMESE_LETTER.test(value)) problems.push(`${where}/${property}: ${key}`);
        }
      }
      if (node.type !== 'object') continue;
      for (const property of conditionalProperties(node)) {
        if (!properties || !(property in properties)) problems.push(`${where}: condition on undeclared ${property}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('target values follow their measure', () => {
  const compactWith = (measure: string, value: unknown) => ({
    kind: 'compact',
    year: 2024,
    issuer: 'khoi-thi-dua-1',
    date: '2024-03-01',
    parties: ['cd-bo-khcn', 'cd-bo-ngoai-giao'],
    theme: 'Đổi mới sáng tạo',
    commitments: [{ id: 'hoc-tap', text: 'học tập nghị quyết', targets: [{ id: 'ty-le', text: 'Tỷ lệ', measure, value }] }],
  });
  const VALUE_PATH = '/commitments/0/targets/0/value';

  it.each([
    ['phần trăm', 100],
    ['số lượng', 3],
    ['đạt/không đạt', true],
  ])('accepts %s with %s', (measure, value) => {
    expect(validate('compact', compactWith(measure, value))).toEqual([]);
  });

  it.each([
    ['phần trăm', 120, 'maximum'],
    ['phần trăm', true, 'type'],
    ['số lượng', -1, 'minimum'],
    ['số lượng', 'ba', 'type'],
    ['đạt/không đạt', 1, 'type'],
  ])('rejects %s with %s on the value itself', (measure, value, keyword) => {
    const errors = validate('compact', compactWith(measure, value));
    expect(errors.filter((error) => error.keyword !== 'if')).toEqual([
      expect.objectContaining({ instancePath: VALUE_PATH, keyword }),
    ]);
  });
});

describe('examples', () => {
  const files = yamlFiles(EXAMPLES).sort();
  const names = files.map((file) => relative(EXAMPLES, file));

  it('cover the registry and every kind of document', () => {
    const kinds = files.map((file) => schemaFor(file, readYaml(file)));
    expect(new Set(kinds)).toEqual(new Set(SCHEMA_NAMES));
  });

  it.each(names)('%s validates against the schema of its kind', (name) => {
    const file = join(EXAMPLES, name);
    const value = readYaml(file);
    const errors = validate(schemaFor(file, value), value);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it.each(names)('%s starts with a modeline naming an existing schema of its kind', (name) => {
    const file = join(EXAMPLES, name);
    const firstLine = readFileSync(file, 'utf8').split('\n')[0];
    const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
    expect(match, firstLine).not.toBeNull();
    const target = resolve(dirname(file), match![1]);
    expect(target).toBe(join(SCHEMA_DIR, `${schemaFor(file, readYaml(file))}.schema.json`));
    expect(existsSync(target)).toBe(true);
  });

  it.each(names)('%s is written in NFC', (name) => {
    const text = readFileSync(join(EXAMPLES, name), 'utf8');
    expect(text === text.normalize('NFC')).toBe(true);
  });
});

describe('fixtures', () => {
  // Fixtures whose one problem the schema must catch, with where ajv should point.
  const schemaCases: [string, string, SchemaName, string, string | string[]][] = [
    ['invalid-missing-field', 'doc.yaml', 'compact', '', 'required'],
    ['invalid-wrong-type', 'doc.yaml', 'compact', '/bases', 'type'],
    ['invalid-unknown-field', 'doc.yaml', 'compact', '', 'additionalProperties'],
    ['invalid-enum', 'doc.yaml', 'compact', '/commitments/0/targets/0/measure', 'enum'],
    ['invalid-enum-near', 'doc.yaml', 'compact', '/commitments/0/targets/0/measure', 'enum'],
    ['invalid-quarter', 'doc.yaml', 'report', '/quarter', 'maximum'],
    ['invalid-config', 'giaouoc.yaml', 'config', '/units/5/id', 'pattern'],
    // A misspelt required key is both a key missing and a key too many, at the one target.
    ['invalid-body-target', 'doc.yaml', 'compact', '/body/0/body/0/list/0/list/0', ['required', 'additionalProperties']],
  ];

  it.each(schemaCases)('%s/%s fails the %s schema at one place only', (folder, file, schema, instancePath, keywords) => {
    // A failed `if` only says which branch applied; its `then` error is the finding (as validate reports it).
    const errors = validate(schema, readYaml(join(FIXTURES, folder, file))).filter((error) => error.keyword !== 'if');
    expect(errors).toEqual([keywords].flat().map((keyword) => expect.objectContaining({ instancePath, keyword })));
  });

  // The other fixtures hold a problem only the reader or the cross-document rules can see:
  // whatever of them parses must satisfy the schemas, or it would hold two problems.
  const unreadable = new Set(['invalid-yaml-syntax', 'invalid-duplicate-key', 'invalid-tabs', 'invalid-alias-bomb']);
  const schemaFolders = new Set(schemaCases.map(([folder]) => folder));
  const ruleFiles = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^(invalid|warn)-/.test(entry.name))
    .flatMap((entry) => readdirSync(join(FIXTURES, entry.name)).map((file) => [entry.name, file] as const))
    .filter(([folder, file]) => file === 'giaouoc.yaml' ? folder !== 'invalid-config'
      : !schemaFolders.has(folder) && !unreadable.has(folder));

  it.each(ruleFiles)('%s/%s passes its schema', (folder, file) => {
    const path = join(FIXTURES, folder, file);
    const value = readYaml(path);
    const errors = validate(schemaFor(path, value), value);
    expect(errors, describeErrors(errors)).toEqual([]);
  });

  it.each([...unreadable])('%s/doc.yaml cannot be read as plain YAML data', (folder) => {
    const text = readFileSync(join(FIXTURES, folder, 'doc.yaml'), 'utf8');
    const doc = parseDocument(text, { uniqueKeys: true });
    // Either the parser reports the problem or turning the tree into data refuses (the alias bomb).
    expect(() => {
      if (doc.errors.length > 0) throw doc.errors[0];
      doc.toJS();
    }).toThrow();
  });

  it('warn-nfd really stores its theme decomposed', () => {
    const text = readFileSync(join(FIXTURES, 'warn-nfd/doc.yaml'), 'utf8');
    const theme = /^theme: (.*)$/m.exec(text)![1];
    expect(theme).not.toBe(theme.normalize('NFC'));
    expect(theme).toBe(theme.normalize('NFD'));
  });
});
