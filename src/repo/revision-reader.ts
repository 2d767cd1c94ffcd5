// Reads what a past revision held — a document's content, the key registry — through the history's one
// `cat-file --batch`. Answers are remembered by tree and blob id: thousands of signature commits share a
// handful of trees, so they cost a handful of reads and parses.

import { createHash } from 'node:crypto';
import type { CatFileBatch } from './cat-file.js';
import { contentFactsOf, parseContent } from './content-facts.js';
import { KEYS_FOLDER, parseKeyFile } from './key-registry.js';
import { gitPath, type RepoLayout } from './layout.js';
import { SettledMemo, type NotAtHand } from './settled-memo.js';
import type { ContentFacts, SignatureCache } from './signature-cache.js';
import { treeEntries } from './tree-entries.js';

export interface Content {
  blob: string;
  digest: string;
  facts: ContentFacts;
  /** The parsed document; read only when a comparison needs it. undefined when the YAML does not parse. */
  value(): Promise<unknown>;
}

/** unit id → fingerprints registered for it. */
export type Registry = Map<string, Set<string>>;

/** Trees whose key registry is remembered at once. */
const REGISTRY_MEMO = 4096;

export class RevisionReader {
  private readonly contents = new SettledMemo<Content | undefined>();
  private readonly byBlob = new Map<string, Content>();
  private readonly registries = new SettledMemo<Registry>(REGISTRY_MEMO);

  constructor(
    private readonly layout: RepoLayout,
    private readonly batch: CatFileBatch,
    private readonly cache: SignatureCache,
  ) {}

  /** A document's content from its bytes (the working file); parsed only when the cache does not know it. */
  fromBytes(bytes: Uint8Array): Content {
    const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
    return this.contentOf(blob, () => bytes);
  }

  /** A document's content by its blob id; `bytes` are read only when the cache does not know the blob or a comparison needs the value. */
  fromBlob(blob: string, bytes: () => Uint8Array): Content {
    return this.contentOf(blob, bytes);
  }

  /**
   * The document at `relativePath` (from the document root) in the tree `tree`, or undefined when absent
   * there. When the caller knows the blob id and its facts are cached, nothing is read at all.
   */
  documentAt(tree: string, relativePath: string, knownBlob?: string): Promise<Content | undefined> {
    const known = this.knownContent(knownBlob);
    if (known) return Promise.resolve(known);
    const name = `${tree}:${gitPath(this.layout, relativePath)}`;
    return this.contents.get(name, () => this.batch.read(name).then((object) => (object && object.type === 'blob' ? this.contentOf(object.oid, () => object.content) : undefined)));
  }

  /** documentAt's answer when it needs nothing read: the blob's facts are cached, or that revision was read already. */
  documentNow(tree: string, relativePath: string, knownBlob?: string): Content | undefined | NotAtHand {
    return this.knownContent(knownBlob) ?? this.contents.now(`${tree}:${gitPath(this.layout, relativePath)}`);
  }

  /** The content of a blob whose facts the cache knows, read from nothing. Every signature of a version shares it. */
  private knownContent(blob: string | undefined): Content | undefined {
    if (!blob || !this.cache.content(blob)) return undefined;
    let shared = this.byBlob.get(blob);
    if (!shared) {
      shared = this.contentOf(blob, undefined);
      this.byBlob.set(blob, shared);
    }
    return shared;
  }

  /** The key registry as committed in the tree `tree`; empty for no tree or no registry. */
  registryAt(tree: string | undefined): Promise<Registry> {
    if (!tree) return Promise.resolve(new Map());
    // Bounded like the key history's memo: a long history has a tree per commit, and any one is read again cheaply.
    return this.registries.get(tree, () => this.readRegistry(tree));
  }

  /** `bytes` may be left out only for a blob the cache knows; its value is then read from git if asked for. */
  private contentOf(blob: string, bytes: (() => Uint8Array) | undefined): Content {
    let parsed: { value: unknown } | undefined;
    const parse = (source: Uint8Array) => {
      parsed = { value: parseContent(source) };
      return parsed.value;
    };
    let known = this.cache.content(blob);
    if (!known) {
      known = contentFactsOf(parse(bytes!()));
      this.cache.setContent(blob, known);
    }
    // Read from git once, however many verdicts ask for it at the same time.
    let reading: Promise<unknown> | undefined;
    const value = async () => {
      if (parsed) return parsed.value;
      if (bytes) return parse(bytes());
      reading ??= this.batch.read(blob).then((object) => (object ? parse(object.content) : undefined));
      return reading;
    };
    return { blob, digest: known.digest, facts: known.facts, value };
  }

  private async readRegistry(tree: string): Promise<Registry> {
    const folder = await this.batch.read(`${tree}:${gitPath(this.layout, KEYS_FOLDER)}`);
    const registry: Registry = new Map();
    if (!folder || folder.type !== 'tree') return registry;
    const entries = treeEntries(folder.content, folder.oid.length / 2).filter((entry) => entry.name.endsWith('.pub'));
    const blobs = await this.batch.readMany(entries.map((entry) => entry.oid));
    for (const entry of entries) {
      const blob = blobs.get(entry.oid);
      if (blob) registry.set(entry.name.slice(0, -'.pub'.length), fingerprints(blob.content.toString('utf8')));
    }
    return registry;
  }
}

/** A registry file that does not parse registers nothing; verify then reports the key as unregistered. */
function fingerprints(text: string): Set<string> {
  try {
    return new Set(parseKeyFile(text).map((key) => key.fingerprint));
  } catch {
    return new Set();
  }
}
