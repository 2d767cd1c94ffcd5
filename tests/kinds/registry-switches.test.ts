// The registry of kinds holds only if nothing else decides by a kind's name. This test fails when code outside
// src/kinds compares a kind with a name or switches on one in a place not listed below. The list is what is left
// to move into the registry: it may only shrink (a file that no longer switches must leave the list too).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/kinds/registry.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Files that still switch on kind names, and how many times. */
const REMAINING: Readonly<Record<string, number>> = {
  'documents/load.ts': 4,
  'scaffold/answers.ts': 2,
  'scaffold/entries.ts': 2,
  'scaffold/from-previous.ts': 2,
  'scaffold/issuer.ts': 1,
  'scaffold/plan.ts': 1,
  'validate/cross-rules.ts': 4,
  'validate/dependencies.ts': 4,
  'validate/yearend-rules.ts': 3,
  'yearend/inputs.ts': 5,
  'yearend/render.ts': 1,
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('kind names outside the registry', () => {
  const names = KIND_NAMES.map((name) => name.replace(/-/g, '\\-')).join('|');
  const pattern = new RegExp(`(?:[!=]==\\s*'(?:${names})'|'(?:${names})'\\s*[!=]==|case\\s+'(?:${names})'\\s*:)`, 'g');
  const found: Record<string, number> = {};
  for (const file of sources(SRC)) {
    const path = relative(SRC, file).split('\\').join('/');
    if (path.startsWith('kinds/')) continue;
    const count = (readFileSync(file, 'utf8').match(pattern) ?? []).length;
    if (count > 0) found[path] = count;
  }

  it('are compared or switched on only where they were, and no more often', () => {
    for (const [path, count] of Object.entries(found)) {
      expect(count, `${path} decides by a kind's name: ask the kind's entry in src/kinds/registry.ts instead`).toBeLessThanOrEqual(REMAINING[path] ?? 0);
    }
  });

  it('keeps the list of remaining places exact, so that it shrinks as they move into the registry', () => {
    expect(found).toEqual(REMAINING);
  });

  it('never reaches new commands: `new` scaffolds every kind through its own entry', () => {
    expect(found['commands/new.ts']).toBeUndefined();
  });
});
