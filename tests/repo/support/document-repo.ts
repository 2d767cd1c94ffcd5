// A document repository in a temp folder: the examples' registry and 2024 compact, committed with the
// fixed identity, and throwaway keys for the parties registered through the real `key add` code path.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDigest } from '../../../src/documents/canonical.js';
import { parseSource } from '../../../src/documents/parse.js';
import type { RepositoryConfig } from '../../../src/kinds/model.js';
import { registerKey } from '../../../src/repo/key-registry.js';
import { openLayout } from '../../../src/repo/layout.js';
import { signDocument, type SignResult } from '../../../src/repo/sign.js';
import { createGitFixture, makeSshKey, type GitFixture, type SshTestKey } from '../helpers/git-fixture.js';

const examples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');
export const COMPACT = '2024/giao-uoc-khoi-thi-dua-1.yaml';
export const PARTIES = [
  'cd-bo-khcn', 'cd-bo-ngoai-giao', 'cd-bo-tu-phap', 'cd-bo-ldtbxh', 'cd-bo-khdt',
  'cd-bo-vhttdl', 'cd-bo-tnmt', 'cd-bo-noi-vu', 'cd-bo-tai-chinh',
];

export interface DocumentRepo {
  fixture: GitFixture;
  root: string;
  keys: Map<string, SshTestKey>;
  /** The environment commands run in: the fixture's, with the next fixed date. */
  env(): NodeJS.ProcessEnv;
  /** `signWith`: the key that authenticates the change (the unit's current key, or a registrar's). */
  register(unit: string, key?: SshTestKey, signWith?: SshTestKey): Promise<void>;
  sign(unit: string, options?: { key?: SshTestKey; file?: string }): Promise<SignResult>;
  edit(file: string, change: (text: string) => string, message?: string): Promise<string>;
  config(): Promise<RepositoryConfig>;
}

export async function createDocumentRepo(units: string[] = PARTIES): Promise<DocumentRepo> {
  const fixture = await createGitFixture();
  const root = fixture.dir;
  await copyFile(join(examples, 'giaouoc.yaml'), join(root, 'giaouoc.yaml'));
  await mkdir(join(root, '2024'));
  await copyFile(join(examples, COMPACT), join(root, COMPACT));
  await fixture.git(['add', '.']);
  await fixture.commit({ message: 'Dự thảo giao ước thi đua 2024' });
  const keyDir = join(fixture.home, 'keys');
  await mkdir(keyDir);
  const keys = new Map<string, SshTestKey>();
  await Promise.all(units.map(async (unit) => keys.set(unit, await makeSshKey(keyDir, unit))));
  const env = (): NodeJS.ProcessEnv => {
    const date = fixture.nextDate();
    return { ...fixture.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIAOUOC_CACHE_DIR: join(fixture.home, 'cache') };
  };
  const repo: DocumentRepo = {
    fixture,
    root,
    keys,
    env,
    async config() {
      return parseSource(await readFile(join(root, 'giaouoc.yaml'), 'utf8')).value as RepositoryConfig;
    },
    async register(unit, key = keys.get(unit), signWith) {
      const layout = await openLayout(root, env());
      await registerKey(layout, await repo.config(), unit, key!.publicKeyLine, { signWith: signWith?.privateKeyPath, env: env() });
    },
    sign(unit, options = {}) {
      const key = options.key ?? keys.get(unit)!;
      return signDocument({ file: options.file ?? COMPACT, unit, key: key.privateKeyPath, cwd: root, env: env() });
    },
    async edit(file, change, message = `Sửa ${file}`) {
      const text = change(await readFile(join(root, file), 'utf8'));
      return fixture.commit({ message, files: { [file]: text } });
    },
  };
  for (const unit of units) await repo.register(unit);
  return repo;
}

/** The digest of a document as committed now in the working folder. */
export async function digestOf(repo: DocumentRepo, file: string): Promise<string> {
  return contentDigest(parseSource(await readFile(join(repo.root, file), 'utf8')).value);
}

/** A commit made by hand that claims to be a signature: what an attacker (or a confused tool) could write. */
export function claimSignature(
  repo: DocumentRepo,
  claim: { document?: string; party: string; digest: string; signer?: string },
  signWith?: SshTestKey,
): Promise<string> {
  return repo.fixture.commit({
    message: `Ký: Giao ước thi đua năm 2024 — ${claim.party}`,
    signWith,
    trailers: [
      `Giaouoc-Document: ${claim.document ?? COMPACT}`,
      `Giaouoc-Party: ${claim.party}`,
      `Giaouoc-Signer: ${claim.signer ?? 'Người ký'}`,
      `Giaouoc-Digest: ${claim.digest}`,
    ],
  });
}
