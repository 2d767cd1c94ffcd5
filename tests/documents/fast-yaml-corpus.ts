// Deterministic inputs for the differential tests of the fast reader: mutations of real files and small documents
// built from every scalar form, block scalar header and layout the reader meets or must decline.

import { seededRandom } from '../helpers/seeded-random.js';

export const random = seededRandom;

export const PLAIN_FORMS = [
  '', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'yes', 'no', 'on',
  'off', 'y', 'n', '0', '-0', '+0', '12', '+12', '-12', '012', '0o17', '0o8', '0O17', '0x1F', '0X1F', '0xg', '-0x1F',
  '0b101', '1_000', '1,000', '.5', '-.5', '+.5', '1.', '1.0', '1.50', '-0.0', '00.10', '1e3', '1E3', '1e+3', '1.5e-3',
  '.5e3', '1.e3', '1e', 'e3', '.e3', '.inf', '-.inf', '+.inf', '.Inf', '.INF', '.iNF', '.nan', '.NaN', '.NAN', '+.nan',
  '-.nan', '.', '+', '-1', '--1', '9007199254740993', '123456789012345678901234567890', '1e400', '2024-03-04',
  '2024-03-04T10:00:00Z', '12:30', '1:2:3', '0.1.2', 'a: b', 'a #b', 'a#b', "it's", 'x y  z', 'Công đoàn Bộ KH&ĐT',
  '-', '- x', '-x', '--x', '---', '...', '?x', '? x', ':x', 'x:', 'x:y', 'http://a.b/c?d=e#f', '@x', '`x', '%x', '!x',
  '!!str x', '&x', '&x y', '*x', '|', '>', '|-', '"x"', "'x'", '"x" y', "'x'y", '[x]', '{x}', '[]', '{}', '[ ]', 'x]',
  'x}', 'x,y', '#x', '<<', '=', '~x', 'nullx', 'true1', '__proto__', 'constructor', 'toString', 'hasOwnProperty',
  '0x', '0o', '+.5e1', '-1.5E+10', '1.5e-3x', '12 # c', '"a#b"', "'a: b'", '"\\u00e9"', '\\', '%', 'x\\y',
  // Spaces YAML does not trim: no-break, ideographic, en quad; a vertical tab and a form feed.
  'a\u00a0', '\u00a0a', 'a\u3000', 'a\u2000 b', '\u00a0', '12\u00a0', 'a\u000b', 'a\f', 'a:\u00a0b', 'a\u00a0#b', '\u00a0#b',
];

export const DOUBLE_QUOTED = [
  '""', '"x"', '"a b"', '"a\\nb"', '"tab\\there"', '"\\u00e9"', '"\\x41"', '"\\U0001F600"', '"\\"q\\""', '"\\\\"',
  '"\\/"', '"\\ "', '"\\_"', '"\\0"', '"\\a\\b\\e\\f\\r\\v\\N\\L\\P"', '"\\q"', '"\\u12"', '"\\U00110000"', '"\\xZZ"',
  '"a # b"', '"a: b"', '"unterminated', '"x"y', '"x" # c', '"x"# c', '"\'"', '"Công đoàn"', '"\\uD800"', '"a\\',
];

export const SINGLE_QUOTED = ["''", "'x'", "'it''s'", "''''", "'a \"b\"'", "'a # b'", "'a: b'", "'unterminated", "'x'y", "'x' # c", "'\\n'"];

export const FLOW_SEQUENCES = [
  '[a, b]', '[3, "5-7"]', '["1-38"]', '[u-an, u-binh, u-chau]', '[ x ,y ]', '[a b, c]', '[-1, .5, null, ~, true, 0x1F, 1e3, -0]',
  "['a''b', \"c\\n\"]", '[Công đoàn, "Bộ KH&ĐT"]', '[a|b, c>d, e!, f%]', '[2024-03-04, 1.5]', '[--, -x]', '[a ,b ]', '[ ]',
  '[a, b,]', '[a,,b]', '[,a]', '[a:b]', '[a: b]', '[a #c]', '[a]#c', '[a] # c', '[a]x', '[?a]', '[a?]', '[%a]', '[&a b]',
  '[*a]', '[!t a]', '[[a]]', '[{a: 1}]', '[a, [b]]', '[a', '[a, "b]', '["a" b]', '[a\u00a0, b]', '[\u00a0a]', '[-]', '[- a]',
  '[a]]', '[]]', '["a": b]', '[a#b]', "[it's]", '[a, "b" ]', '["\\q"]',
];

export const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|2', '>1', '|-1', '|1-', '| # c', '>- # c', '|#c', '|x', '>  ', '|++'];

/** Forms a tame document uses: every scalar the reader resolves itself, none it must decline. */
const TAME_PLAIN = PLAIN_FORMS.filter((form) => /^[-+.~\w]/u.test(form) && !/: |:$| #|^- |^-$|[\[\]{}]|^---|^\.\.\./.test(form));
const TAME_DOUBLE = DOUBLE_QUOTED.slice(0, 17);
const TAME_SINGLE = SINGLE_QUOTED.slice(0, 7);
const TAME_HEADERS = BLOCK_HEADERS.slice(0, 6);
const TAME_FLOW = FLOW_SEQUENCES.slice(0, 14);

/** A tame document keeps to the forms above, so that most of them are read by the fast reader. */
let tame = false;

export function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function blockLines(next: () => number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const count = 1 + Math.floor(next() * 5);
  for (let i = 0; i < count; i++) {
    const roll = next();
    if (roll < 0.15) lines.push(' '.repeat(Math.floor(next() * (tame ? indent + 1 : indent + 3))));
    else if (roll < 0.22 && !tame) lines.push(pad + '  more indented');
    else if (roll < 0.27) lines.push(pad + '# not a comment');
    else if (roll < 0.3 && !tame) lines.push(' '.repeat(Math.max(0, indent - 1)) + 'less');
    else lines.push(pad + pick(next, ['text', 'Công đoàn', 'a: b', 'x # y', '- item', "it's", '"q"', '  ', 'end.']));
  }
  const trailing = Math.floor(next() * 3);
  for (let i = 0; i < trailing; i++) lines.push(next() < 0.5 ? '' : ' '.repeat(Math.floor(next() * (tame ? indent : indent + 2))));
  return lines;
}

/** One value for a key or a sequence entry at `indent`, as text after `: ` or `- ` plus the lines below it. */
function valueText(next: () => number, indent: number, depth: number, anchors: string[]): { head: string; below: string[] } {
  const roll = next();
  if (roll < 0.35) return { head: pick(next, tame ? TAME_PLAIN : PLAIN_FORMS), below: [] };
  if (roll < 0.45) return { head: pick(next, tame ? TAME_DOUBLE : DOUBLE_QUOTED), below: [] };
  if (roll < 0.5) return { head: pick(next, tame ? TAME_SINGLE : SINGLE_QUOTED), below: [] };
  if (roll < 0.62) {
    const step = pick(next, tame ? [1, 2, 2, 3, 4] : [1, 2, 2, 3, 4, 0]);
    return { head: pick(next, tame ? TAME_HEADERS : BLOCK_HEADERS), below: blockLines(next, indent + step) };
  }
  if (roll < 0.66 && anchors.length > 0) return { head: '*' + pick(next, anchors), below: [] };
  if (roll < 0.68) return { head: pick(next, tame ? TAME_FLOW : FLOW_SEQUENCES), below: [] };
  if (roll < 0.7) {
    const name = pick(next, ['a', 'b', 'giai-the', 'x.y_1', 'tên']);
    anchors.push(name);
    if (next() < 0.5) return { head: `&${name} ${pick(next, PLAIN_FORMS)}`, below: [] };
    return { head: `&${name}`, below: depth < 4 ? collection(next, indent + 2, depth + 1, anchors) : [] };
  }
  if (depth >= 4) return { head: pick(next, PLAIN_FORMS), below: [] };
  const step = pick(next, tame ? [1, 2, 2, 2, 4] : [1, 2, 2, 2, 4, 0]);
  const comment = next() < 0.15 ? ' # c' : '';
  return { head: comment.trim(), below: collection(next, indent + step, depth + 1, anchors) };
}

/** A block mapping or sequence whose entries sit at `indent`. */
export function collection(next: () => number, indent: number, depth: number, anchors: string[]): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const entries = 1 + Math.floor(next() * 4);
  const sequence = next() < 0.4;
  for (let i = 0; i < entries; i++) {
    if (next() < 0.1) lines.push(pad + pick(next, ['# comment', '#', '  # deeper comment', '']));
    const { head, below } = valueText(next, indent, depth, anchors);
    const names = ['kind', 'year', 'tên', '"quoted key"', "'single'", 'a b', 'x', 'y', 'z', 'a#b', '__proto__', 'constructor'];
    const key = sequence ? '-' : tame || next() < 0.7 ? pick(next, names).replace(/['"]?$/, (quote) => `${depth}${i}${quote}`) : pick(next, PLAIN_FORMS);
    const gap = pick(next, [' ', ' ', ' ', '  ', '']);
    const separator = sequence ? '' : ':';
    if (sequence && below.length > 0 && head === '' && next() < 0.5 && !below[0].trimStart().startsWith('#')) {
      // `- key: value` with the rest of the mapping below it.
      lines.push(pad + '- ' + below[0].trimStart(), ...below.slice(1));
      continue;
    }
    lines.push(pad + key + separator + (head === '' ? '' : gap + head));
    lines.push(...below);
  }
  return lines;
}

export function generatedDocument(seed: number): string {
  const next = random(seed);
  tame = seed % 2 === 0;
  const lines = collection(next, 0, 0, []);
  if (next() < 0.1) lines.unshift('---');
  if (next() < 0.1) lines.unshift('# yaml-language-server: $schema=x');
  let text = lines.join('\n') + (next() < 0.8 ? '\n' : '');
  if (next() < 0.15) text = text.replace(/\n/g, '\r\n');
  if (next() < 0.1) text = '\uFEFF' + text;
  return text;
}

/** A real file with a few random edits: comments, quotes, CRLF, trailing spaces, empty values, lost or doubled lines. */
export function mutatedDocument(source: string, seed: number): string {
  const next = random(seed);
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const edits = 1 + Math.floor(next() * 3);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * lines.length);
    const line = lines[at];
    const indent = line.length - line.trimStart().length;
    const colon = line.indexOf(': ');
    const roll = next();
    if (roll < 0.1) lines.splice(at, 0, ' '.repeat(Math.floor(next() * 8)) + '# inserted comment');
    else if (roll < 0.18) lines[at] = line + ' # trailing comment';
    else if (roll < 0.24) lines[at] = line + pick(next, [' ', '  ', '\t']);
    else if (roll < 0.3) lines.splice(at, 1);
    else if (roll < 0.36) lines.splice(at, 0, line);
    else if (roll < 0.42) lines[at] = ' ' + line;
    else if (roll < 0.46 && indent > 0) lines[at] = line.slice(1);
    else if (colon > 0) {
      const key = line.slice(0, colon);
      const value = line.slice(colon + 2);
      const kind = next();
      if (kind < 0.25) lines[at] = `${key}: ${pick(next, PLAIN_FORMS)}`;
      else if (kind < 0.4) lines[at] = `${key}: "${value.replace(/["\\]/g, '\\$&')}"`;
      else if (kind < 0.5) lines[at] = `${key}: '${value.replace(/'/g, "''")}'`;
      else if (kind < 0.6) lines[at] = `${key}:`;
      else if (kind < 0.75) lines.splice(at, 1, `${key}: ${pick(next, BLOCK_HEADERS)}`, ...blockLines(next, indent + pick(next, [1, 2, 3, 4])));
      else if (kind < 0.85) lines[at] = `${key}: ${pick(next, DOUBLE_QUOTED)}`;
      else lines[at] = `${pick(next, [' '.repeat(indent) + '"' + key.trim() + '"', key.trimEnd() + ' ', ' '.repeat(indent) + pick(next, PLAIN_FORMS)])}: ${value}`;
    }
  }
  let text = lines.join('\n');
  if (next() < 0.2) text = text.replace(/\n/g, '\r\n');
  if (next() < 0.1) text = '\uFEFF' + text;
  return text;
}
