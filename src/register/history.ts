// The register's view of git: for every document path, the commits that numbered, added and deleted it, from ONE
// `git log`; the last content of deleted documents from ONE `git cat-file --batch`.

import { CatFileBatch } from '../repo/cat-file.js';
import { runGit } from '../repo/git-process.js';
import { fromGitPath, gitPath, hasHead, type RepoLayout } from '../repo/layout.js';
import { NUMBER_TRAILER } from '../numbers/trailer.js';

export interface CommitInfo {
  commit: string;
  /** Committer date, ISO 8601 with the committer's offset. */
  date: string;
  author: string;
}

export interface PathHistory {
  /** Newest first: the commits that numbered the path with `cap-so`, with the number each gave. */
  numbered: (CommitInfo & { number: string })[];
  /** The newest commit that added the path. */
  added?: CommitInfo;
  /** The newest commit that deleted the path, when that is the last thing that happened to it. */
  deleted?: CommitInfo;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

export async function readPathHistory(layout: RepoLayout, isDocument: (relative: string) => boolean): Promise<Map<string, PathHistory>> {
  const histories = new Map<string, PathHistory>();
  if (!(await hasHead(layout))) return histories;
  const format = `${RECORD}%H${FIELD}%cI${FIELD}%an${FIELD}%(trailers:key=${NUMBER_TRAILER.document},valueonly,separator=%x1c)${FIELD}%(trailers:key=${NUMBER_TRAILER.number},valueonly,separator=%x1c)${FIELD}`;
  const output = await runGit(layout.toplevel, ['-c', 'core.quotePath=false', 'log', '--no-renames', '--name-status', `--format=${format}`, 'HEAD', '--', layout.prefix || '.'], { env: layout.env });
  const at = (relative: string) => {
    let history = histories.get(relative);
    if (!history) histories.set(relative, (history = { numbered: [] }));
    return history;
  };
  for (const record of output.toString('utf8').split(RECORD)) {
    if (!record) continue;
    const [commit, date, author, documentTrailer, numberTrailer, rest = ''] = record.split(FIELD);
    const info: CommitInfo = { commit, date, author };
    if (documentTrailer.trim() && numberTrailer.trim()) {
      at(documentTrailer.trim()).numbered.push({ ...info, number: numberTrailer.trim().normalize('NFC') });
    }
    for (const line of rest.split('\n')) {
      const change = /^([AMD])\t(.+)$/.exec(line);
      if (!change) continue;
      const relative = fromGitPath(layout, change[2]);
      if (relative === undefined || !isDocument(relative)) continue;
      const history = at(relative);
      // Newest first: the first add and delete seen are the latest ones; a delete counts only if nothing followed it.
      if (change[1] === 'A' && !history.added) history.added = info;
      if (change[1] === 'D' && !history.deleted && !history.added) history.deleted = info;
    }
  }
  return histories;
}

/** The text of each deleted path as it stood just before its deletion. */
export async function readDeleted(layout: RepoLayout, deleted: [string, CommitInfo][]): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  if (deleted.length === 0) return texts;
  const batch = new CatFileBatch(layout.toplevel, { env: layout.env });
  try {
    const objects = await Promise.all(deleted.map(([relative, info]) => batch.read(`${info.commit}^:${gitPath(layout, relative)}`)));
    objects.forEach((object, index) => {
      if (object && object.type === 'blob') texts.set(deleted[index][0], object.content.toString('utf8'));
    });
  } finally {
    await batch.close();
  }
  return texts;
}
