// Which key speaks for a unit at a given commit: not whatever the key files of that tree say — any committer can
// write those — but the key changes the history authenticates, oldest first. A change to a unit's key file
// (a registration, a replacement, a revocation) counts only when its commit is SSH-signed by the unit's key
// that counted just before it, or by a registrar: a key whose fingerprint the user pinned outside the
// repository (GIAOUOC_REGISTRARS, e.g. in CI settings). When no registrar is pinned, a unit's first key counts
// on first use. A file holding several keys, or a key already counting for another unit, registers nothing.
// A key that a counted change replaced or revoked signs nothing that is not an ancestor of that change, so a
// branch signed with the old key and merged later does not count.

import { CommitMarks } from './commit-marks.js';
import type { History, HistoryCommit } from './history.js';
import { fromGitPath, type RepoLayout } from './layout.js';
import type { Registry, RevisionReader } from './revision-reader.js';
import type { CachedVerdict } from './signature-cache.js';
import { SettledMemo, type NotAtHand } from './settled-memo.js';

interface KeyChange {
  commit: string;
  unit: string;
  added?: string;
  removed?: string;
}

export { pinnedRegistrars } from './registrars.js';

/** Registries (by tree and the counted changes seen) remembered at once (see registryAt). */
export const REGISTRY_MEMO = 4096;

export class KeyHistory {
  private readonly descendants = new Map<string, CommitMarks>();
  private readonly ancestors = new Map<string, CommitMarks>();
  // Thousands of signature parents share a handful of (tree, counted changes seen) pairs: registries are
  // remembered by that pair, not by commit.
  private readonly byTreeAndSeen = new SettledMemo<Registry>(REGISTRY_MEMO);
  private readonly counted: KeyChange[] = [];

  private constructor(
    private readonly history: History,
    private readonly reader: RevisionReader,
    private readonly index: Map<string, number>,
  ) {}

  /** `verdicts` gives the SSH verdict of every commit asked for (cached or verified). */
  static async build(
    layout: RepoLayout,
    history: History,
    reader: RevisionReader,
    registrars: Set<string>,
    verdicts: (oids: string[]) => Promise<Map<string, CachedVerdict | undefined>>,
  ): Promise<KeyHistory> {
    const keys = new KeyHistory(history, reader, history.position);
    const touching = history.commits.filter((commit) => keyUnits(layout, history, commit).length > 0);
    const verdictOf = await verdicts(touching.filter((commit) => commit.signed).map((commit) => commit.oid));
    for (const commit of touching) {
      const parent = commit.parents[0];
      const [before, after, counting] = await Promise.all([
        reader.registryAt(parent ? history.byOid.get(parent)?.tree : undefined),
        reader.registryAt(commit.tree),
        keys.registryAt(parent),
      ]);
      const verdict = verdictOf.get(commit.oid);
      const signer = commit.signed && verdict?.ok ? verdict.fingerprint : undefined;
      for (const unit of keyUnits(layout, history, commit)) {
        const change = changeOf(commit.oid, unit, before.get(unit), after.get(unit));
        if (!change) continue;
        const previous = counting.get(unit) ?? new Set<string>();
        const byRegistrar = signer !== undefined && registrars.has(signer);
        const byPrevious = signer !== undefined && previous.has(signer);
        const firstUse = registrars.size === 0 && previous.size === 0 && change.removed === undefined;
        const taken = change.added !== undefined && [...counting].some(([other, set]) => other !== unit && set.has(change.added!));
        if ((byRegistrar || byPrevious || firstUse) && !taken) keys.counted.push(change);
      }
      keys.byTreeAndSeen.clear();
    }
    return keys;
  }

  /** unit → the key that counts for it at `commit` (inclusive); empty before the first commit. */
  registryAt(commit: string | undefined): Promise<Registry> {
    const at = this.registryKey(commit);
    if (at === undefined) return Promise.resolve(EMPTY);
    return this.byTreeAndSeen.get(at.key, () => this.registryOf(at.tree, (index) => at.seenMarks[index] === '1'));
  }

  /** registryAt's answer when it has been worked out already. */
  registryNow(commit: string | undefined): Registry | NotAtHand {
    const at = this.registryKey(commit);
    return at === undefined ? EMPTY : this.byTreeAndSeen.now(at.key);
  }

  /** The counted change that replaced or revoked `fingerprint` for `unit` and of which `signature` is not an ancestor. */
  replacedAfter(unit: string, fingerprint: string, signature: string): string | undefined {
    const at = this.index.get(signature);
    if (at === undefined) return undefined;
    return this.counted.find((change) => change.unit === unit && change.removed === fingerprint && !this.ancestorsOf(change.commit).has(at))?.commit;
  }

  /** The commit's tree and which counted changes it has seen; undefined outside the history. */
  private registryKey(commit: string | undefined): { key: string; tree: string | undefined; seenMarks: string } | undefined {
    const at = commit === undefined ? undefined : this.index.get(commit);
    if (at === undefined) return undefined;
    const tree = this.history.byOid.get(commit!)?.tree;
    const seenMarks = this.counted.map((change) => (this.descendantsOf(change.commit).has(at) ? '1' : '0')).join('');
    return { key: `${tree}:${seenMarks}`, tree, seenMarks };
  }

  private async registryOf(tree: string | undefined, seenIndex: (index: number) => boolean): Promise<Registry> {
    const raw = await this.reader.registryAt(tree);
    const registry: Registry = new Map();
    const owners = new Map<string, number>();
    for (const [unit, keys] of raw) {
      if (keys.size !== 1) continue;
      const key = [...keys][0]!;
      const added = this.counted.some((change, index) => change.unit === unit && change.added === key && seenIndex(index));
      const removed = this.counted.some((change, index) => change.unit === unit && change.removed === key && seenIndex(index));
      if (added && !removed) {
        registry.set(unit, new Set([key]));
        owners.set(key, (owners.get(key) ?? 0) + 1);
      }
    }
    // One key, one unit: a key standing for two units stands for neither.
    for (const [unit, keys] of registry) if ((owners.get([...keys][0]!) ?? 0) > 1) registry.delete(unit);
    return registry;
  }

  /** Every commit that has `oid` as an ancestor or is it (commits are oldest first, parents before children). */
  private descendantsOf(oid: string): CommitMarks {
    let marks = this.descendants.get(oid);
    if (!marks) {
      const commits = this.history.commits;
      const found = new CommitMarks(commits.length);
      const start = this.index.get(oid)!;
      found.set(start);
      for (let position = start + 1; position < commits.length; position++) {
        if (commits[position]!.parents.some((parent) => found.has(this.index.get(parent) ?? -1))) found.set(position);
      }
      marks = found;
      this.descendants.set(oid, marks);
    }
    return marks;
  }

  /** `oid` and every commit it descends from. */
  private ancestorsOf(oid: string): CommitMarks {
    let marks = this.ancestors.get(oid);
    if (!marks) {
      marks = new CommitMarks(this.history.commits.length);
      const stack = [oid];
      while (stack.length > 0) {
        const position = this.index.get(stack.pop()!);
        if (position === undefined || marks.has(position)) continue;
        marks.set(position);
        stack.push(...(this.history.commits[position] as HistoryCommit).parents);
      }
      this.ancestors.set(oid, marks);
    }
    return marks;
  }
}

/** The units whose key file the commit changed. */
/** No unit has a key before the first commit. Never changed: registries are read, not written, by their users. */
const EMPTY: Registry = new Map();

function keyUnits(layout: RepoLayout, history: History, commit: HistoryCommit): string[] {
  const units: string[] = [];
  for (const change of history.changes.get(commit.oid) ?? []) {
    for (const path of [change.path, change.from]) {
      const relative = path === undefined ? undefined : fromGitPath(layout, path);
      const match = relative === undefined ? null : /^\.giaouoc\/keys\/([^/]+)\.pub$/.exec(relative);
      if (match && !units.includes(match[1]!)) units.push(match[1]!);
    }
  }
  return units;
}

function changeOf(commit: string, unit: string, before: Set<string> | undefined, after: Set<string> | undefined): KeyChange | undefined {
  const old = before?.size === 1 ? [...before][0] : undefined;
  const next = after?.size === 1 ? [...after][0] : undefined;
  if ((after?.size ?? 0) > 1 || old === next) return undefined;
  return { commit, unit, added: next, removed: old };
}
