// A fast reader for the block YAML that documents are written in: block mappings and sequences, comments, one-line
// plain and quoted scalars, literal and folded block scalars, anchors and aliases of whole values, `{}`, and one-line
// flow sequences of scalars (`numbers: [3, "5-7"]`). It gives the same value as the `yaml` package or declines: any
// shape it is not certain of (other flow collections, tags, directives, several documents, complex keys, tabs,
// multi-line plain or quoted scalars, indentation indicators, duplicate keys, a key that is not text, anything the
// `yaml` package would call an error) is left to that package, so its errors and their wording never change.
// It runs in time linear in the text and nests at most MAX_DEPTH collections.

import { readBlockHeader, readDoubleQuoted, readFlowSequence, readSingleQuoted, resolvePlain } from './fast-scalars.js';
import { readBlockScalar, splitLines, withoutTrailingSpaces, type SourceLines } from './fast-yaml-lines.js';
import type { SourceMap, SourceNode, SourceScalar, SourceSeq } from './source-tree.js';

export interface FastRead {
  value: unknown;
  tree: SourceNode;
}

/** Deeper documents are left to the `yaml` package (and the reader's stack stays small). */
const MAX_DEPTH = 64;
/** The `yaml` package refuses a `:` more than 1024 characters after the start of its key, quoted or not. */
const MAX_KEY_LENGTH = 1000;
/** Tabs, control characters, line breaks other than LF and CRLF, and a BOM past the start. */
const UNSURE_CHARACTERS = /[\x00-\x09\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029\uFEFF]/;
const LONE_CR = /\r(?!\n)/;
/** Characters that cannot start a plain scalar here (`-` can, when text follows it). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`');
/** Anchor and alias names the reader is sure of; the `yaml` package allows more. */
const NAME = /^[\p{L}\p{N}_.-]+$/u;
/** Flow indicators are content in a block key, but a key holding one is left to the `yaml` package. */
const FLOW_IN_KEY = /[[\]{},]/;
/** The first `: `, ` #` (a comment) or final `:` of a line. */
const COLON_OR_COMMENT = /: | #|:$/;

const DECLINE = Symbol('decline');

/**
 * The value and positions of `text`, or undefined when the `yaml` package must read it. `maxAliases` is the alias
 * count past which the `yaml` package refuses a file as an alias bomb: the reader declines long before.
 */
export function readFastYaml(text: string, maxAliases: number): FastRead | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  if (UNSURE_CHARACTERS.test(body) || (body.includes('\r') && LONE_CR.test(body))) return undefined;
  // The `yaml` package rejects a sequence that starts right after a BOM.
  if (bom && text[1] === '-') return undefined;
  try {
    return new Reader(text, bom, maxAliases).document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

function decline(): never {
  throw DECLINE;
}

/** A mapping key as the tree keeps it: its text and where it starts. */
type Key = SourceScalar & { value: string; start: number };

class Reader {
  private readonly lines: SourceLines;
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly spaces: number[];
  /** The line after the last one consumed by the node just read. */
  private line = 0;
  /** The plain value of the node just read. */
  private value: unknown;
  private readonly documentStart: number;
  /** Anchored values, shared by their aliases as the `yaml` package's toJS shares them. */
  private readonly anchors = new Map<string, unknown>();
  private aliases = 0;
  /** Offset just after the `:` of the key just read. */
  private keyAfter = 0;

  constructor(
    private readonly text: string,
    from: number,
    private readonly maxAliases: number,
  ) {
    this.lines = splitLines(text, from) ?? decline();
    this.starts = this.lines.starts;
    this.ends = this.lines.ends;
    this.spaces = this.lines.spaces;
    this.documentStart = this.lines.documentStart;
  }

  document(): FastRead {
    let first = this.nextContent(0);
    if (this.documentStart !== -1) {
      if (first !== this.documentStart) decline();
      first = this.nextContent(first + 1);
    }
    if (first === this.starts.length || this.spaces[first] !== 0) decline();
    const tree = this.node(first, 0, 0);
    if (this.nextContent(this.line) !== this.starts.length) decline();
    return { value: this.value, tree };
  }

  /** The first line at or after `from` that is neither blank nor a comment. */
  private nextContent(from: number): number {
    const { starts, ends, spaces, text } = this;
    for (let i = from; i < starts.length; i++) {
      const first = starts[i] + spaces[i];
      if (first < ends[i] && text.charCodeAt(first) !== 0x23) return i;
    }
    return starts.length;
  }

  private isSequenceEntry(at: number, end: number): boolean {
    return this.text.charCodeAt(at) === 0x2d && (at + 1 === end || this.text.charCodeAt(at + 1) === 0x20);
  }

  /** A block collection whose first line is `line`, its entries at `column`. */
  private node(line: number, column: number, depth: number): SourceNode {
    if (depth > MAX_DEPTH) decline();
    if (this.isSequenceEntry(this.starts[line] + column, this.ends[line])) return this.sequence(line, column, depth);
    return this.mapping(line, column, depth);
  }

  private sequence(line: number, column: number, depth: number): SourceSeq {
    if (depth > MAX_DEPTH) decline();
    const { starts, ends, spaces, text } = this;
    const items: SourceNode[] = [];
    const values: unknown[] = [];
    const tree: SourceSeq = { kind: 'seq', start: starts[line] + column, items };
    for (let i = line; ; ) {
      const end = ends[i];
      let at = starts[i] + column + 1;
      while (at < end && text.charCodeAt(at) === 0x20) at++;
      if (at === end || text.charCodeAt(at) === 0x23) items.push(this.below(i, column, at, false, depth));
      else if (this.isSequenceEntry(at, end)) items.push(this.sequence(i, at - starts[i], depth + 1));
      else {
        const key = this.key(i, at);
        items.push(key ? this.mapping(i, at - starts[i], depth + 1, key) : this.inline(i, at, column, depth));
      }
      values.push(this.value);
      const next = this.nextContent(this.line);
      this.line = next;
      if (next === starts.length || spaces[next] < column) break;
      if (spaces[next] > column) decline();
      if (!this.isSequenceEntry(starts[next] + column, ends[next])) break;
      i = next;
    }
    this.value = values;
    return tree;
  }

  /** `first` is the first entry's key when the caller has read it already. */
  private mapping(line: number, column: number, depth: number, first?: Key): SourceMap {
    if (depth > MAX_DEPTH) decline();
    const { starts, ends, spaces, text } = this;
    const keys: SourceScalar[] = [];
    const values: SourceNode[] = [];
    const tree: SourceMap = { kind: 'map', start: starts[line] + column, keys, values };
    const plain: Record<string, unknown> = {};
    for (let i = line; ; ) {
      const key = (i === line ? first : undefined) ?? this.key(i, starts[i] + column) ?? decline();
      keys.push(key);
      const end = ends[i];
      let at = this.keyAfter;
      while (at < end && text.charCodeAt(at) === 0x20) at++;
      if (at === end || text.charCodeAt(at) === 0x23) values.push(this.below(i, column, at, true, depth));
      else if (this.isSequenceEntry(at, end)) decline();
      else values.push(this.inline(i, at, column, depth));
      // As the `yaml` package's toJS sets it: an inherited name such as __proto__ becomes an own property.
      // No value read here is undefined, so a load (which V8 caches, unlike `in`) tells a new name from a known one.
      if (plain[key.value] === undefined) plain[key.value] = this.value;
      else if (Object.hasOwn(plain, key.value)) decline();
      else Object.defineProperty(plain, key.value, { value: this.value, writable: true, enumerable: true, configurable: true });
      const next = this.nextContent(this.line);
      this.line = next;
      if (next === starts.length || spaces[next] < column) break;
      if (spaces[next] > column || this.isSequenceEntry(starts[next] + column, ends[next])) decline();
      i = next;
    }
    this.value = plain;
    return tree;
  }

  /** The value of an entry whose line ends after its indicator: a collection on the lines below, or null. */
  private below(line: number, column: number, at: number, inMapping: boolean, depth: number): SourceNode {
    const next = this.nextContent(line + 1);
    if (next < this.starts.length) {
      const indent = this.spaces[next];
      if (indent > column) return this.node(next, indent, depth + 1);
      // A sequence may be a mapping value at the mapping's own indentation.
      if (inMapping && indent === column && this.isSequenceEntry(this.starts[next] + column, this.ends[next])) {
        return this.sequence(next, column, depth + 1);
      }
    }
    this.line = line + 1;
    this.value = null;
    return { kind: 'scalar', value: null, start: at };
  }

  /** A mapping key at `at` with its `:`, or undefined when the line does not start with one. */
  private key(line: number, at: number): Key | undefined {
    const { text } = this;
    const end = this.ends[line];
    const first = text[at];
    if (first === '"' || first === "'") {
      const quoted = first === '"' ? readDoubleQuoted(text, at, end) : readSingleQuoted(text, at, end);
      if (!quoted) return undefined;
      let colon = quoted.end;
      while (colon < end && text.charCodeAt(colon) === 0x20) colon++;
      if (text.charCodeAt(colon) !== 0x3a || colon === end) return undefined;
      if (colon + 1 !== end && text.charCodeAt(colon + 1) !== 0x20) return undefined;
      if (colon - at > MAX_KEY_LENGTH) decline();
      this.keyAfter = colon + 1;
      return { kind: 'scalar', value: quoted.value, start: at };
    }
    if (INDICATORS.has(first)) return undefined;
    // One native search over the line: the first `: ` (or a final `:`) ends the key, unless a comment starts first.
    const rest = text.slice(at, end);
    const colon = rest.search(COLON_OR_COMMENT);
    if (colon === -1 || rest.charCodeAt(colon) === 0x20) return undefined;
    const source = text.slice(at, withoutTrailingSpaces(text, at, at + colon));
    if (FLOW_IN_KEY.test(source)) return undefined;
    if (colon > MAX_KEY_LENGTH || source === '<<' || typeof resolvePlain(source) !== 'string') decline();
    this.keyAfter = at + colon + 1;
    return { kind: 'scalar', value: source, start: at };
  }

  /** A value after `key: ` or `- `: an anchored value, an alias, `{}`, `[]` or a scalar. */
  private inline(line: number, at: number, column: number, depth: number): SourceNode {
    const { text } = this;
    const end = this.ends[line];
    const first = text[at];
    if (first !== '&' && first !== '*' && first !== '{' && first !== '[') return this.scalar(line, at, column);
    if (first === '[') return this.flowSequence(line, at);
    let stop = at + 1;
    while (stop < end && text.charCodeAt(stop) !== 0x20) stop++;
    let rest = stop;
    while (rest < end && text.charCodeAt(rest) === 0x20) rest++;
    const lineEnds = rest === end || (rest > stop && text.charCodeAt(rest) === 0x23);
    const word = text.slice(at + 1, stop);
    if (first === '{') {
      if (word !== '}' || !lineEnds) decline();
      this.value = {};
      this.line = line + 1;
      return { kind: 'map', start: at, keys: [], values: [] };
    }
    if (!NAME.test(word)) decline();
    if (first === '*') {
      if (!lineEnds || !this.anchors.has(word) || ++this.aliases > this.maxAliases) decline();
      this.value = this.anchors.get(word);
      this.line = line + 1;
      return { kind: 'other', start: at };
    }
    // An anchored value holds no alias, so no alias can multiply (the `yaml` package's alias-bomb count stays 1).
    if (this.anchors.has(word)) decline();
    const aliases = this.aliases;
    let node: SourceNode;
    if (lineEnds) {
      const next = this.nextContent(line + 1);
      if (next === this.starts.length || this.spaces[next] <= column) decline();
      node = this.node(next, this.spaces[next], depth + 1);
    } else {
      const after = text[rest];
      if (after === '&' || after === '*' || this.isSequenceEntry(rest, end)) decline();
      node = this.inline(line, rest, column, depth + 1);
    }
    if (this.aliases !== aliases) decline();
    this.anchors.set(word, this.value);
    return node;
  }

  /** A flow sequence of scalars that closes on its own line, such as `numbers: [3, "5-7"]` in giaouoc.yaml. */
  private flowSequence(line: number, at: number): SourceSeq {
    const { text } = this;
    const end = this.ends[line];
    const flow = readFlowSequence(text, at, end) ?? decline();
    let rest = flow.end;
    while (rest < end && text.charCodeAt(rest) === 0x20) rest++;
    if (rest !== end && (rest === flow.end || text.charCodeAt(rest) !== 0x23)) decline();
    this.value = flow.items.map((item) => item.value);
    this.line = line + 1;
    return { kind: 'seq', start: at, items: flow.items };
  }

  /** A scalar starting at `at` on `line`, in a collection whose entries are at `column`. */
  private scalar(line: number, at: number, column: number): SourceScalar {
    const { text } = this;
    const end = this.ends[line];
    const first = text[at];
    this.line = line + 1;
    if (first === '"' || first === "'") {
      const quoted = (first === '"' ? readDoubleQuoted(text, at, end) : readSingleQuoted(text, at, end)) ?? decline();
      let rest = quoted.end;
      while (rest < end && text.charCodeAt(rest) === 0x20) rest++;
      if (rest !== end && (rest === quoted.end || text.charCodeAt(rest) !== 0x23)) decline();
      this.value = quoted.value;
      return { kind: 'scalar', value: quoted.value, start: at };
    }
    if (first === '|' || first === '>') {
      const block = readBlockScalar(this.lines, text, line, readBlockHeader(text, at, end) ?? decline(), column) ?? decline();
      this.line = block.next;
      this.value = block.value;
      return { kind: 'scalar', value: this.value, start: at };
    }
    if (INDICATORS.has(first) && (first !== '-' || at + 1 === end || text.charCodeAt(at + 1) === 0x20)) decline();
    const rest = text.slice(at, end);
    // `a: b: c` and `a: b:` are mappings where no mapping may start: yaml calls them errors. A `:` right before
    // the comment is found as `: ` too, since the comment starts with a space.
    const found = rest.search(COLON_OR_COMMENT);
    if (found !== -1 && rest.charCodeAt(found) !== 0x20) decline();
    const stop = withoutTrailingSpaces(text, at, at + (found === -1 ? rest.length : found));
    this.value = resolvePlain(stop === end ? rest : text.slice(at, stop));
    return { kind: 'scalar', value: this.value, start: at };
  }
}
