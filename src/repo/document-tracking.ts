// Documents keep their identity through renames: one walk over the history, oldest first, gives each
// document a token when it appears and passes the token on when git records a rename (-M). A signature
// is attached to the token its trailer path had at the signature commit, so it follows the document.

import type { History, HistoryCommit } from './history.js';
import type { SignatureClaim } from './trailers.js';

export interface Attached {
  commit: HistoryCommit;
  claim: SignatureClaim;
  /** Blob id of the claimed document in the signature commit, when the walk knows it (linear history). */
  blob?: string;
}

export interface TrackedDocuments {
  /** Signatures by document token. */
  byToken: Map<number, Attached[]>;
  /** Current path of each token still present at HEAD. */
  identity: Map<number, string>;
  /** Last commit that changed each current path. */
  lastChange: Map<string, HistoryCommit>;
  /** Commits that changed each current path (through its renames), oldest first. */
  revisions: Map<string, HistoryCommit[]>;
}

export function trackDocuments(history: History, toRelative: (gitPath: string) => string | undefined): TrackedDocuments {
  const tokenAt = new Map<string, number>();
  const byToken = new Map<number, Attached[]>();
  const changedByToken = new Map<number, HistoryCommit[]>();
  // In a linear history the walk knows every path's blob at every commit; merges would need the trees.
  const linear = history.commits.every((commit) => commit.parents.length <= 1);
  const blobAt = new Map<string, string>();
  let next = 0;
  for (const commit of history.commits) {
    for (const change of history.changes.get(commit.oid) ?? []) {
      const path = toRelative(change.path);
      if (path === undefined) continue;
      if (change.status === 'D') {
        tokenAt.delete(path);
        blobAt.delete(path);
        continue;
      }
      blobAt.set(path, change.blob);
      const from = change.from !== undefined ? toRelative(change.from) : undefined;
      const token = (change.status === 'R' && from !== undefined ? tokenAt.get(from) : tokenAt.get(path)) ?? next++;
      if (change.status === 'R' && from !== undefined) {
        tokenAt.delete(from);
        blobAt.delete(from);
      }
      tokenAt.set(path, token);
      (changedByToken.get(token) ?? changedByToken.set(token, []).get(token)!).push(commit);
    }
    const claim = commit.claim;
    if (!claim) continue;
    const token = tokenAt.get(claim.document) ?? next++;
    (byToken.get(token) ?? byToken.set(token, []).get(token)!).push({ commit, claim, blob: linear ? blobAt.get(claim.document) : undefined });
  }
  const identity = new Map<number, string>([...tokenAt].map(([path, token]) => [token, path]));
  const lastChange = new Map<string, HistoryCommit>();
  const revisions = new Map<string, HistoryCommit[]>();
  for (const [path, token] of tokenAt) {
    const commits = changedByToken.get(token) ?? [];
    revisions.set(path, commits);
    if (commits.length > 0) lastChange.set(path, commits[commits.length - 1]);
  }
  return { byToken, identity, lastChange, revisions };
}

/**
 * Signatures by current document path: by identity, and for a signature whose document is gone under that
 * identity (moved without git seeing a rename), by the digest it claims when a current document has it.
 */
export function signaturesByPath(tracked: TrackedDocuments, currentDigests: Map<string, string>): Map<string, Attached[]> {
  const byPath = new Map<string, Attached[]>();
  for (const [token, attached] of tracked.byToken) {
    for (const item of attached) {
      const path = tracked.identity.get(token) ?? (item.claim.digest ? currentDigests.get(item.claim.digest) : undefined);
      if (path !== undefined) (byPath.get(path) ?? byPath.set(path, []).get(path)!).push(item);
    }
  }
  return byPath;
}
