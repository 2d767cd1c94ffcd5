// The kind schemas carry the shared body definitions as copies (so each file stands alone in an editor), and
// every rule an editor can check speaks Vietnamese through `errorMessage`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedDefinitions, usesParts, withParts } from '../../src/validate/sync-schema-parts.js';

const SCHEMAS = fileURLToPath(new URL('../../schemas/', import.meta.url));
const KIND_SCHEMAS = readdirSync(SCHEMAS).filter((name) => name.endsWith('.schema.json') && name !== 'config.schema.json');
type Json = Record<string, unknown>;
const read = (name: string) => JSON.parse(readFileSync(join(SCHEMAS, name), 'utf8')) as Json;

/** Every schema node that an editor checks by itself: a pattern, an enum, a constant. */
function checkedNodes(node: unknown, path = '', out: [string, Json][] = []): [string, Json][] {
  if (Array.isArray(node)) node.forEach((item, index) => checkedNodes(item, `${path}/${index}`, out));
  else if (node && typeof node === 'object') {
    const record = node as Json;
    if ('pattern' in record || 'enum' in record || 'const' in record) out.push([path, record]);
    for (const [key, value] of Object.entries(record)) if (key !== 'if' && key !== 'not') checkedNodes(value, `${path}/${key}`, out);
  }
  return out;
}

describe('schema parts', () => {
  const shared = sharedDefinitions(SCHEMAS.replace(/\/$/, ''));

  it.each(KIND_SCHEMAS.filter((name) => usesParts(read(name), shared)))('%s holds the current copy of the shared definitions (npm run schemas:sync)', (name) => {
    const schema = read(name);
    expect(schema).toEqual(withParts(schema, shared));
  });

  it.each(KIND_SCHEMAS)('%s: every pattern, enum and constant has a Vietnamese errorMessage', (name) => {
    for (const [path, node] of checkedNodes(read(name))) {
      expect(node.errorMessage, `${name}${path}`).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ“]/iu);
    }
  });
});
