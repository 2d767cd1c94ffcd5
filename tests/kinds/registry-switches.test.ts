// The registry of kinds holds only if nothing else decides by a kind's name. This test fails when code outside
// src/kinds compares a kind with a name, switches on one, asks a set or list whether it holds one, keys an object
// or a table by one, or looks one up: such a decision belongs on the kind's entry in src/kinds/registry.ts (a
// property every entry must answer) or in a table inside src/kinds that TypeScript makes name every kind.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../../src/kinds/registry.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const names = KIND_NAMES.map((name) => name.replace(/-/g, '\\-')).join('|');
const literal = `['"\`](?:${names})['"\`]`;
/** Each way of deciding by a kind's name, with an example of it (the examples are checked below). */
const FORMS: readonly { form: string; pattern: string; example: string }[] = [
  { form: 'compared', pattern: `[!=]==?\\s*${literal}|${literal}\\s*[!=]==?`, example: "if (doc.facts.kind === 'plan') {}" },
  { form: 'switched on', pattern: `case\\s+${literal}\\s*:`, example: "case 'score-sheet':" },
  { form: 'asked of a set or map', pattern: `\\.(?:has|get)\\(\\s*${literal}\\s*[,)]`, example: "WITH_PLAN.has('report')" },
  { form: 'asked of a list', pattern: `\\.(?:includes|indexOf)\\(\\s*${literal}\\s*[,)]`, example: "WITH_PLAN.includes('report')" },
  { form: 'listed with another', pattern: `${literal}\\s*,\\s*${literal}`, example: "new Set(['plan', 'report']).has(kind)" },
  // An indexed type (`LoadedDocument['document']`) names a field, not a kind: a PascalCase name before `[` is left alone.
  { form: 'looked up', pattern: `\\.find\\(\\s*${literal}\\s*,|(?<=[\\w$)\\]]|\\?\\.)(?<!\\b[A-Z][a-z]\\w*)\\s*\\[\\s*${literal}\\s*\\]`, example: "index.find('compact', year, id); BUILDERS['scoring-table']" },
  { form: 'a key', pattern: `(?:^|[{,])\\s*${literal}\\s*:`, example: "const views = {\n  'score-sheet': sheetView,\n};" },
  { form: 'a table over every kind', pattern: `Record<\\s*KindName\\s*,|in\\s+KindName\\s*\\]`, example: 'const views: Record<KindName, View> = {};' },
];
const pattern = new RegExp(FORMS.map((form) => `(?:${form.pattern})`).join('|'), 'gm');

/** Every place outside src/kinds that decides by a kind's name, as `file:line: text`. */
function decisionsByName(): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    const path = relative(SRC, file).split('\\').join('/');
    if (path.startsWith('kinds/')) continue;
    // Matched in the whole text, so that a decision written over two lines is found too.
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index + Math.max(0, match[0].search(/['"`]/))).split('\n').length;
      found.push(`${path}:${line}: ${match[0].trim()}`);
    }
  }
  return found;
}

describe('kind names outside the registry', () => {
  it('recognises every form of deciding by a name (otherwise the test below could not fail)', () => {
    for (const { form, pattern: one, example } of FORMS) {
      expect(new RegExp(one, 'm').test(example), form).toBe(true);
      expect(example.match(pattern), form).not.toBeNull();
    }
    expect("if (kind ===\n    'plan') {}".match(pattern), 'over two lines').not.toBeNull();
    // Not decisions: a field of the same name, a kind's data written into a view, a default for a missing kind.
    for (const harmless of ["doc.kind ?? 'compact'", "doc.set('compact', id)", "doc.delete('compact')", "yaml.commentAbove(['plan'], text)", "type Loadable = LoadedDocument['document'];", "return { kind: 'report', ...parts }", "cond ? 'plan' : other"]) {
      expect(harmless.match(pattern), harmless).toBeNull();
    }
  });

  it('are never compared, switched on, asked for, used as keys or looked up: the kind\'s entry answers instead', () => {
    expect(decisionsByName()).toEqual([]);
  });
});
