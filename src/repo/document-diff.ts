// `diff`: what changed, field by field, between two revisions of a document. By default from the revision
// last signed (or HEAD when nothing was signed) to the file as it is in the working folder.

import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseSource } from '../documents/parse.js';
import { decodeSource } from '../documents/source.js';
import { CONFIG_FILE, repoRelative, requireRoot } from '../documents/repository.js';
import { UserError } from '../errors.js';
import type { RepositoryConfig } from '../kinds/model.js';
import { CatFileBatch } from './cat-file.js';
import { diffContent, type FieldChange } from './content-diff.js';
import { gitPath, openLayout, type RepoLayout } from './layout.js';
import { inspectSignatures } from './verify.js';
import { shellArg } from '../output/shell-quote.js';

export interface DocumentDiff {
  relative: string;
  config?: RepositoryConfig;
  schema: string;
  from: { label: string; value: unknown };
  to: { label: string; value: unknown };
  changes: FieldChange[];
}

export const WORKING_FILE = 'working-file';

export async function documentDiff(options: { cwd: string; file: string; revs: string[]; env?: NodeJS.ProcessEnv }): Promise<DocumentDiff> {
  const file = resolve(options.cwd, options.file);
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    throw new UserError({ vi: `không tìm thấy tệp ${options.file}; hãy kiểm tra lại đường dẫn`, en: `${options.file} does not exist; check the path` });
  }
  const root = requireRoot(dirname(file));
  const relative = repoRelative(root, file);
  const config = parseSource(await readFile(resolve(root, CONFIG_FILE), 'utf8')).value as RepositoryConfig | undefined;
  const layout = await openLayout(root, options.env);
  const fromRev = options.revs[0] ?? (await lastSignedCommit(root, file, options.env)) ?? 'HEAD';
  const toRev = options.revs[1];
  const from = { label: fromRev, value: await valueAt(layout, fromRev, relative) };
  const to = toRev ? { label: toRev, value: await valueAt(layout, toRev, relative) } : { label: WORKING_FILE, value: readValue(await readFile(file), relative) };
  const schema = typeof (to.value as { kind?: unknown })?.kind === 'string' ? String((to.value as { kind: string }).kind) : 'compact';
  return { relative, config, schema, from, to, changes: diffContent(from.value, to.value) };
}

/** The newest commit in which a party signed this document (whether or not the content changed since). */
async function lastSignedCommit(root: string, file: string, env?: NodeJS.ProcessEnv): Promise<string | undefined> {
  const report = await inspectSignatures({ cwd: root, paths: [file], env });
  const signed = (report.documents[0]?.parties ?? []).filter((party) => (party.status === 'valid' || party.status === 'stale') && party.commit);
  signed.sort((a, b) => (a.signedAt ?? '').localeCompare(b.signedAt ?? ''));
  return signed.at(-1)?.commit;
}

async function valueAt(layout: RepoLayout, rev: string, relative: string): Promise<unknown> {
  const batch = new CatFileBatch(layout.toplevel, { env: layout.env });
  try {
    const object = await batch.read(`${rev}:${gitPath(layout, relative)}`);
    if (!object || object.type !== 'blob') {
      throw new UserError({
        vi: `phiên bản ${rev} không có tệp ${relative}; hãy xem các phiên bản bằng \`giaouoc log ${shellArg(relative)}\``,
        en: `revision ${rev} has no ${relative}; list the revisions with \`giaouoc log ${shellArg(relative)}\``,
      });
    }
    return readValue(object.content, `${rev}:${relative}`);
  } finally {
    await batch.close();
  }
}

function readValue(bytes: Uint8Array, name: string): unknown {
  const parsed = parseSource(decodeSource(bytes).text);
  if (parsed.problems.length > 0) {
    throw new UserError({ vi: `không đọc được YAML của ${name}; hãy chạy \`giaouoc validate\``, en: `cannot read the YAML of ${name}; run \`giaouoc validate\`` }, { exitCode: 1 });
  }
  return parsed.value;
}
