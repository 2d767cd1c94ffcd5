// A scaffold as YAML text: a yaml Document plus the comments that tell staff what goes where.
// Comments hang on nodes (commentBefore / comment), so the text always parses back to the same value.

import { Document, isMap, isNode, isScalar, isSeq, visit, type Node, type Pair } from 'yaml';

export type YamlPath = readonly (string | number)[];

/** Long single-line text is written as a folded block (`>-`), as in hand-written documents. */
const FOLD_FROM = 90;
const LINE_WIDTH = 100;

export class ScaffoldYaml {
  readonly doc: Document;

  private constructor(doc: Document) {
    this.doc = doc;
  }

  static fromValue(value: unknown): ScaffoldYaml {
    return new ScaffoldYaml(new Document(value, { version: '1.2' }));
  }

  /** Wraps a parsed document (last year's file) so its own comments and layout survive. */
  static fromDocument(doc: Document): ScaffoldYaml {
    return new ScaffoldYaml(doc);
  }

  /** Comment lines above a map key or a sequence item, after any already there unless `replace`. */
  commentAbove(path: YamlPath, lines: string | readonly string[], options: { replace?: boolean } = {}): this {
    const target = this.anchorOf(path);
    if (target) target.commentBefore = joinComment(options.replace ? undefined : target.commentBefore, lines);
    return this;
  }

  /** Removes comment lines above a key or item that match, e.g. an old modeline. */
  dropCommentLines(path: YamlPath, unwanted: RegExp): this {
    const target = this.anchorOf(path);
    if (target?.commentBefore) {
      const kept = target.commentBefore.split('\n').filter((line) => !unwanted.test(line));
      target.commentBefore = kept.length > 0 ? kept.join('\n') : undefined;
    }
    return this;
  }

  /** A comment at the end of the value's line. */
  commentAfter(path: YamlPath, text: string): this {
    const node = this.doc.getIn(path, true);
    if (isNode(node)) node.comment = ` ${text}`;
    return this;
  }

  /** An empty line before a key or item, to separate the parts of a document. */
  blankBefore(path: YamlPath): this {
    const target = this.anchorOf(path);
    if (target) target.spaceBefore = true;
    return this;
  }

  /** The text: header comment lines (the modeline first), an empty line (the library's), then the document. */
  toString(header: readonly string[]): string {
    this.doc.commentBefore = header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
    visit(this.doc, {
      Scalar(_, node) {
        const value = node.value;
        if (node.type === undefined && typeof value === 'string' && value.length > FOLD_FROM && !value.includes('\n') && value === value.trim()) {
          node.type = 'BLOCK_FOLDED';
        }
      },
    });
    return this.doc.toString({ lineWidth: LINE_WIDTH });
  }

  /** The node that carries comments for `path`: the key of a map entry, or the item of a sequence. */
  private anchorOf(path: YamlPath): Node | undefined {
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last) as Pair | undefined;
      return pair ? keyNode(this.doc, pair) : undefined;
    }
    if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last];
      return isNode(item) ? item : undefined;
    }
    return undefined;
  }
}

function keyNode(doc: Document, pair: Pair): Node {
  if (!isNode(pair.key)) pair.key = doc.createNode(pair.key);
  return pair.key as Node;
}

function joinComment(existing: string | null | undefined, lines: string | readonly string[]): string {
  const added = (typeof lines === 'string' ? [lines] : lines).map((line) => ` ${line}`).join('\n');
  return existing ? `${existing}\n${added}` : added;
}
