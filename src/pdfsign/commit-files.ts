// Committing what CA signing adds to a document (the sign-ready record, the signed PDF) through the repository's
// git runner: only the named paths go into the commit, whatever else the user has staged.

import { EXIT, UserError } from '../errors.js';
import { TRAILER } from '../repo/trailers.js';
import { gitPath, hasHead, openLayout, type RepoLayout } from '../repo/layout.js';

export const PDF_TRAILER = 'Giaouoc-Pdf-Sha256';

/** Trailers naming the document, its digest and the PDF's hash; no Giaouoc-Party, so never read as a signature. */
export function signReadyTrailers(document: string, digest: string, sha256: string): string[] {
  return [`${TRAILER.document}: ${document}`, `${TRAILER.digest}: ${digest}`, `${PDF_TRAILER}: ${sha256}`];
}

/** The layout, once the document is committed with no pending change: what is printed must be what git holds. */
export async function requireCommitted(root: string, relative: string, env: NodeJS.ProcessEnv): Promise<RepoLayout> {
  const layout = await openLayout(root, env);
  const path = gitPath(layout, relative);
  const changes = (await hasHead(layout)) ? await layout.git.run(['status', '--porcelain', '--untracked-files=all', '--', path]) : '?? ';
  if (changes.trim() !== '') {
    throw new UserError(
      {
        vi: `văn bản ${relative} có thay đổi chưa commit; hãy commit trước: git add ${relative} && git commit -m "Sửa ${relative}"`,
        en: `${relative} has uncommitted changes; commit it first: git add ${relative} && git commit -m "Edit ${relative}"`,
      },
      { exitCode: EXIT.findings },
    );
  }
  return layout;
}

/** Commits exactly `paths` (relative to the document root); returns the new commit. */
export async function commitFiles(layout: RepoLayout, paths: string[], message: string): Promise<string> {
  const inGit = paths.map((path) => gitPath(layout, path));
  await layout.git.run(['-C', layout.toplevel, 'add', '--', ...inGit]);
  await layout.git.run(['-C', layout.toplevel, 'commit', '--quiet', '--no-verify', '-m', message, '--only', '--', ...inGit]);
  return (await layout.git.run(['rev-parse', 'HEAD'])).trim();
}
