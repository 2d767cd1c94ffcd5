// Reads what a past revision held — a document's content, the key registry — through the history's one
// `cat-file --batch`. Answers are remembered by tree and blob id: thousands of signature commits share a
// handful of trees, so they cost a handful of reads and parses.

import { createHash } from 'node:crypto';
import type { CatFileBatch } from './cat-file.js';
import { contentFactsOf, parseContent } from './content-facts.js';
import { KEYS_FOLDER, parseKeyFile } from './key-registry.js';
import { gitPath, type RepoLayout } from './layout.js';
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
  private readonly contents = new Map<string, Promise<Content | undefined>>();
  private readonly byBlob = new Map<string, Promise<Content>>();
  private readonly registries = new Map<string, Promise<Registry>>();

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
    if (knownBlob && this.cache.content(knownBlob)) {
      // Every signature of a version shares one Content, rather than one each.
      let shared = this.byBlob.get(knownBlob);
      if (!shared) {
        shared = Promise.resolve(this.contentOf(knownBlob, undefined));
        this.byBlob.set(knownBlob, shared);
      }
      return shared;
    }
    const name = `${tree}:${gitPath(this.layout, relativePath)}`;
    let pending = this.contents.get(name);
    if (!pending) {
      pending = this.batch.read(name).then((object) => (object && object.type === 'blob' ? this.contentOf(object.oid, () => object.content) : undefined));
      this.contents.set(name, pending);
    }
    return pending;
  }

  /** The key registry as committed in the tree `tree`; empty for no tree or no registry. */
  registryAt(tree: string | undefined): Promise<Registry> {
    if (!tree) return Promise.resolve(new Map());
    let pending = this.registries.get(tree);
    if (!pending) {
      pending = this.readRegistry(tree);
      // Bounded like the key history's memo: a long history has a tree per commit, and any one is read again cheaply.
      if (this.registries.size >= REGISTRY_MEMO) this.registries.clear();
      this.registries.set(tree, pending);
    }
    return pending;
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
    const value = async () => {
      if (parsed) return parsed.value;
      if (bytes) return parse(bytes());
      const object = await this.batch.read(blob);
      return object ? parse(object.content) : undefined;
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
