// The scalars of the fast reader (fast-yaml.ts): plain scalars resolved by the YAML 1.2 core schema exactly as the
// `yaml` package resolves them, one-line quoted scalars and block scalars. `undefined` means "not certain": the
// caller then leaves the whole file to the `yaml` package.

// The core schema's tests, in the order the `yaml` package tries them (yaml/dist/schema/core/schema.js): the first
// that matches decides. Each is anchored and linear.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Every non-string form of the core schema starts with one of these (or is empty). */
const MAYBE_NOT_STRING = /^[-+.0-9~nNtTfF]/;

/** The value of a plain scalar: null, a boolean, a number or the text itself. */
export function resolvePlain(source: string): unknown {
  if (source === '') return null;
  if (!MAYBE_NOT_STRING.test(source)) return source;
  // Each test below is skipped only where its first character or length rules it out, so the order still decides.
  const first = source.charCodeAt(0);
  if (first > 0x39) {
    // `~` or a letter: only null and the booleans, none longer than five characters.
    if (source.length > 5) return source;
    if (NULL.test(source)) return null;
    if (BOOL.test(source)) return first === 0x74 || first === 0x54;
    return source;
  }
  if (first === 0x30 && INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (first === 0x30 && INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (source.length <= 5 && FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};
const HEX_DIGITS = /^[0-9a-fA-F]+$/;

export interface QuotedScalar {
  value: string;
  /** Offset just after the closing quote. */
  end: number;
}

/** A double-quoted scalar that closes on its own line (`from` is the opening quote, `lineEnd` ends the line). */
export function readDoubleQuoted(text: string, from: number, lineEnd: number): QuotedScalar | undefined {
  let value = '';
  let chunk = from + 1;
  for (let i = from + 1; i < lineEnd; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return { value: value + text.slice(chunk, i), end: i + 1 };
    if (code !== 0x5c) continue;
    value += text.slice(chunk, i);
    const next = text[i + 1];
    if (i + 1 >= lineEnd) return undefined;
    const simple = ESCAPES[next];
    if (simple !== undefined && Object.hasOwn(ESCAPES, next)) {
      value += simple;
      i += 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const digits = text.slice(i + 2, i + 2 + length);
      if (i + 2 + length > lineEnd || !HEX_DIGITS.test(digits)) return undefined;
      const point = parseInt(digits, 16);
      if (point > 0x10ffff) return undefined;
      value += String.fromCodePoint(point);
      i += 1 + length;
    } else {
      return undefined;
    }
    chunk = i + 1;
  }
  return undefined;
}

/** A single-quoted scalar that closes on its own line; `''` is one quote. */
export function readSingleQuoted(text: string, from: number, lineEnd: number): QuotedScalar | undefined {
  let value = '';
  let chunk = from + 1;
  for (let i = from + 1; i < lineEnd; i++) {
    if (text.charCodeAt(i) !== 0x27) continue;
    if (text.charCodeAt(i + 1) === 0x27 && i + 1 < lineEnd) {
      value += text.slice(chunk, i + 1);
      i += 1;
      chunk = i + 1;
      continue;
    }
    return { value: value + text.slice(chunk, i), end: i + 1 };
  }
  return undefined;
}

/** Where a plain item of a flow sequence stops: its `,` or `]`, or a character the reader leaves to the `yaml` package. */
const FLOW_ITEM_STOP = new Set(',[]{}#:\'"');
/** A plain item that starts like text: no indicator, no space of any kind; `-` only before text (`-1`). */
const FLOW_ITEM_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|-[^\s,[\]{}])/;

export interface FlowItem {
  kind: 'scalar';
  value: unknown;
  start: number;
}

/**
 * A flow sequence of plain or quoted scalars from its `[` at `from` to its `]` on the same line, such as
 * `[3, "5-7"]`: nested collections, `:`, `#`, empty or trailing items are left to the `yaml` package.
 */
export function readFlowSequence(text: string, from: number, lineEnd: number): { items: FlowItem[]; end: number } | undefined {
  const items: FlowItem[] = [];
  let i = from + 1;
  for (;;) {
    while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    if (i >= lineEnd) return undefined;
    const first = text[i];
    if (first === ']' && items.length === 0) return { items, end: i + 1 };
    if (first === '"' || first === "'") {
      const quoted = first === '"' ? readDoubleQuoted(text, i, lineEnd) : readSingleQuoted(text, i, lineEnd);
      if (!quoted) return undefined;
      items.push({ kind: 'scalar', value: quoted.value, start: i });
      i = quoted.end;
    } else {
      let stop = i;
      while (stop < lineEnd && !FLOW_ITEM_STOP.has(text[stop])) stop++;
      if (text[stop] !== ',' && text[stop] !== ']') return undefined;
      let last = stop;
      while (last > i && text.charCodeAt(last - 1) === 0x20) last--;
      const source = text.slice(i, last);
      if (!FLOW_ITEM_START.test(source)) return undefined;
      items.push({ kind: 'scalar', value: resolvePlain(source), start: i });
      i = stop;
    }
    while (i < lineEnd && text.charCodeAt(i) === 0x20) i++;
    if (text[i] === ']') return { items, end: i + 1 };
    if (text[i] !== ',') return undefined;
    i++;
  }
}

export interface BlockHeader {
  folded: boolean;
  chomp: '-' | '+' | '';
}

/** `|`, `>`, with an optional chomping indicator; an indentation indicator is left to the `yaml` package. */
export function readBlockHeader(text: string, from: number, lineEnd: number): BlockHeader | undefined {
  const folded = text[from] === '>';
  let i = from + 1;
  let chomp: BlockHeader['chomp'] = '';
  if (text[i] === '-' || text[i] === '+') chomp = text[i++] as '-' | '+';
  if (i === lineEnd) return { folded, chomp };
  if (text[i] !== ' ') return undefined;
  while (i < lineEnd && text[i] === ' ') i++;
  return i === lineEnd || text[i] === '#' ? { folded, chomp } : undefined;
}

/**
 * The value of a block scalar from its content lines with the indentation removed ('' for an empty line) and the
 * number of empty lines after the last one with text; folding as the `yaml` package folds a block without
 * more-indented lines (the reader declines those).
 */
export function blockValue(header: BlockHeader, lines: readonly string[], trailing: number): string {
  let value = '';
  if (!header.folded) {
    value = lines.join('\n');
  } else {
    let sep = '';
    let leading = true;
    for (const line of lines) {
      if (leading && line === '') {
        value += '\n';
        continue;
      }
      leading = false;
      if (line === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + line;
        sep = ' ';
      }
    }
  }
  if (header.chomp === '-') return value;
  if (header.chomp === '+') return value + '\n'.repeat(trailing + 1);
  return value + '\n';
}
