// `validate --against <ref>`: the numbers another branch (the target of a pull request) already uses. Its files
// are listed by ONE `git ls-tree` and read by ONE `git cat-file --batch`; only their header lines are scanned.

import { CONFIG_FILE, isYamlFile } from '../documents/repository.js';
import { UserError } from '../errors.js';
import { CatFileBatch } from '../repo/cat-file.js';
import { runGit } from '../repo/git-process.js';
import { fromGitPath, openLayout } from '../repo/layout.js';
import type { KnownDocument } from '../validate/cross-rules.js';
import { headerFacts, readHeader } from '../validate/dependencies.js';
import type { Issue } from '../validate/issue.js';
import { MESSAGES } from '../validate/messages/catalog.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { readNumber, seriesKey } from './rules.js';

const SKIPPED = /(^|\/)(node_modules|templates|out|dist|build|\.[^/]*)\//;

/** The numbered documents of `ref`, known by their header lines. */
export async function documentsOnRef(root: string, ref: string, env?: NodeJS.ProcessEnv): Promise<KnownDocument[]> {
  const layout = await openLayout(root, env);
  const resolved = await layout.git.probe(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (resolved.code !== 0) {
    throw new UserError({ vi: `không có nhánh hay phiên bản “${ref}” trong kho git; hãy \`git fetch\` nhánh đích rồi chạy lại, ví dụ --against origin/main`, en: `there is no branch or revision “${ref}” in the git repository; \`git fetch\` the target branch and run again, e.g. --against origin/main` });
  }
  const commit = resolved.stdout.trim();
  const listing = await runGit(layout.toplevel, ['ls-tree', '-r', '-z', commit, '--', layout.prefix || '.'], { env: layout.env });
  const blobs: { relative: string; oid: string }[] = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/.exec(entry);
    if (!match) continue;
    const relative = fromGitPath(layout, match[2]);
    if (relative && isYamlFile(relative) && relative !== CONFIG_FILE && !SKIPPED.test(`/${relative}`)) blobs.push({ relative, oid: match[1] });
  }
  const batch = new CatFileBatch(layout.toplevel, { env: layout.env });
  let objects: Map<string, { content: Buffer }>;
  try {
    objects = await batch.readMany([...new Set(blobs.map((blob) => blob.oid))]);
  } finally {
    await batch.close();
  }
  const documents: KnownDocument[] = [];
  for (const blob of blobs) {
    const content = objects.get(blob.oid)?.content;
    if (!content) continue;
    const header = readHeader(content.toString('utf8'));
    if (!header.number || !header.kind || !header.issuer) continue;
    documents.push({ file: '', relative: blob.relative, facts: headerFacts(header), light: true });
  }
  return documents;
}

/** Each number of `documents` that `ref` already gives to another document. */
export function againstIssues(config: RepositoryConfig, documents: readonly KnownDocument[], onRef: readonly KnownDocument[], ref: string): Issue[] {
  const taken = new Map<string, KnownDocument>();
  for (const other of onRef) {
    const numbered = readNumber(other, config).numbered;
    if (numbered) taken.set(`${seriesKey(numbered.code, numbered.year)}|${numbered.ordinal}`, other);
  }
  const issues: Issue[] = [];
  for (const doc of documents) {
    if (doc.light) continue;
    const numbered = readNumber(doc, config).numbered;
    if (!numbered) continue;
    const other = taken.get(`${seriesKey(numbered.code, numbered.year)}|${numbered.ordinal}`);
    if (!other || sameDocument(doc, other)) continue;
    const code = 'number-taken-on-ref';
    issues.push({ file: doc.file, line: numbered.ref.line, column: numbered.ref.column, path: numbered.ref.path, severity: MESSAGES[code].severity, code, args: { value: numbered.ref.id, ref, other: other.relative } });
  }
  return issues;
}

/** The same file, or the same document moved: one kind, year, issuer and quarter. */
function sameDocument(doc: KnownDocument, other: KnownDocument): boolean {
  if (doc.relative === other.relative) return true;
  const a = doc.facts;
  const b = other.facts;
  return a.kind === b.kind && a.year === b.year && a.issuer.id === b.issuer.id && (a.quarter ?? '') === (b.quarter ?? '') && a.number?.id === b.number?.id;
}
