// A cache can only save time: forged entries, a cache a repository ships, a damaged cache or a hostile secret
// must all end in the verdict a run without any cache gives.
import { createHash, createHmac } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, describe, expect, test } from 'vitest';
import { validateRepository } from '../../src/validate/run.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { cacheBase } from '../../src/cache/store.js';
import { VERSION } from '../../src/version.js';
import { schemaVersion } from '../../src/validate/generated/schema-version.js';
import { run } from '../repo/helpers/git-fixture.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

async function partyA(root: string, env: NodeJS.ProcessEnv) {
  const report = await inspectSignatures({ cwd: root, paths: [COMPACT], env });
  return report.documents[0].parties.find((party) => party.unit === A)!;
}

/** What the cache looked like before it was sealed: one JSON file named after the root, in node_modules when present. */
async function writeLegacySignatureCache(dir: string, root: string, claim: string, fingerprint: string, gitDir = root): Promise<void> {
  const commits = {} as Record<string, unknown>;
  const summaryOf = async (oid: string) => {
    const show = await run('git', ['-C', gitDir, 'show', '-s', '--format=%T%n%P', oid]);
    const [tree, parents] = show.stdout.split('\n');
    const person = { name: 'x', email: 'x', time: 1709254800, tz: '+0700' };
    return { oid, tree, parents: parents.split(' ').filter(Boolean), author: person, committer: person, subject: 'Ký', trailers: {}, signed: true };
  };
  commits[claim] = await summaryOf(claim);
  await mkdir(dir, { recursive: true });
  const name = `signatures-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`;
  await writeFile(join(dir, name), JSON.stringify({ format: 2, commits, verdicts: { [claim]: { ok: true, fingerprint } }, contents: {} }));
}

/** Rewrites every sealed shard with `change` applied to its entries, sealed with a secret the attacker chose. */
async function forgeShards(storeDir: string, binding: string, change: (entries: Map<string, any>) => void): Promise<number> {
  let forged = 0;
  for (const name of await readdir(storeDir)) {
    if (!name.endsWith('.bin')) continue;
    const bytes = await readFile(join(storeDir, name));
    const entries = deserialize(bytes.subarray(32)) as Map<string, any>;
    change(entries);
    const payload = serialize(entries);
    const mac = createHmac('sha256', Buffer.alloc(32, 7)).update(`${binding}\0${name.slice(0, 2)}\0`).update(payload).digest();
    await writeFile(join(storeDir, name), Buffer.concat([mac, payload]));
    forged++;
  }
  return forged;
}

async function storeDir(root: string, env: NodeJS.ProcessEnv, name: string): Promise<string> {
  const real = await realpath(root);
  return join(cacheBase(env), createHash('sha256').update(real).digest('hex').slice(0, 32), name);
}

describe('the signature cache decides nothing', () => {
  test('forged entries turning an unsigned claim into a signature are not believed', async () => {
    repo = await createDocumentRepo([A]);
    const claim = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) });
    const env = repo.env();
    expect((await partyA(repo.root, env)).status).toBe('invalid');
    const fingerprint = repo.keys.get(A)!.fingerprint;
    await writeLegacySignatureCache(env.GIAOUOC_CACHE_DIR!, repo.root, claim, fingerprint);
    const dir = await storeDir(repo.root, env, 'signatures');
    const forged = await forgeShards(dir, `signatures\0${await realpath(repo.root)}\0signatures-3`, (entries) => {
      if (entries.has(`c${claim}`)) entries.get(`c${claim}`).signed = true;
      if (entries.has(`v${claim}`) || entries.has(`c${claim}`)) entries.set(`v${claim}`, { ok: true, fingerprint });
    });
    expect(forged).toBeGreaterThan(0);
    const party = await partyA(repo.root, env);
    expect(party).toMatchObject({ status: 'invalid', problem: { code: 'unsigned' } });
  });

  test('a cache committed under node_modules does not reach a fresh clone', async () => {
    repo = await createDocumentRepo([A]);
    const claim = await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) });
    const clone = join(repo.fixture.home, 'clone');
    const realClone = join(await realpath(repo.fixture.home), 'clone');
    await writeLegacySignatureCache(join(repo.root, 'node_modules', '.cache', 'giaouoc'), realClone, claim, repo.keys.get(A)!.fingerprint, repo.root);
    await writeLegacySignatureCache(join(repo.root, 'node_modules', '.cache', 'giaouoc'), clone, claim, repo.keys.get(A)!.fingerprint, repo.root);
    await repo.fixture.git(['add', '-f', 'node_modules']);
    await repo.fixture.commit({ message: 'thêm bộ nhớ đệm' });
    await run('git', ['clone', '--quiet', repo.root, clone], { env: repo.fixture.env });
    const env = { ...repo.env(), GIAOUOC_CACHE_DIR: undefined, XDG_CACHE_HOME: join(repo.fixture.home, 'fresh-cache') };
    expect((await partyA(clone, env)).status).toBe('invalid');
  });

  test('a cache folder inside the repository is refused, even with a secret shipped beside it', async () => {
    repo = await createDocumentRepo([A]);
    await claimSignature(repo, { party: A, digest: await digestOf(repo, COMPACT) });
    const env = { ...repo.env(), GIAOUOC_CACHE_DIR: join(repo.root, '.cache') };
    expect((await partyA(repo.root, env)).status).toBe('invalid');
    expect(await readdir(repo.root)).not.toContain('.cache');
  });

  test('a secret readable by others (as git checks files out) switches the cache off', async () => {
    repo = await createDocumentRepo([A]);
    const env = repo.env();
    await partyA(repo.root, env);
    const secret = join(cacheBase(env), 'secret');
    expect(((await import('node:fs')).statSync(secret).mode & 0o777).toString(8)).toBe('600');
    await chmod(secret, 0o644);
    const dir = await storeDir(repo.root, env, 'signatures');
    const before = (await readdir(dir)).length;
    await repo.edit(COMPACT, (text) => text.replace('2024', '2024'), 'không đổi gì');
    await partyA(repo.root, env);
    expect((await readdir(dir)).length).toBe(before);
  });
});

describe('the validation cache decides nothing', () => {
  async function breakDocument(): Promise<string> {
    const file = join(repo.root, COMPACT);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^year: \d+/m, 'year: "không phải năm"'));
    return file;
  }

  test('a forged entry and a committed cache do not make an invalid document pass', async () => {
    repo = await createDocumentRepo([A]);
    const env = repo.env();
    const good = await validateRepository({ cwd: repo.root, paths: [], env });
    expect(good.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const file = await breakDocument();
    const hash = createHash('sha1').update(await readFile(file)).digest('base64');
    // the pre-seal format, where the old code looked first: node_modules/.cache inside the repository
    const legacyDir = join(repo.root, 'node_modules', '.cache', 'giaouoc');
    await mkdir(legacyDir, { recursive: true });
    const legacy = { key: `2|${VERSION}|${schemaVersion}`, entries: { [file]: { hash, result: { issues: [] } } } };
    await writeFile(join(legacyDir, `validate-${createHash('sha1').update(repo.root).digest('hex').slice(0, 16)}.bin`), serialize(legacy));
    const dir = await storeDir(repo.root, env, 'validate');
    await forgeShards(dir, `validate\0${await realpath(repo.root)}\0x`, (entries) => {
      if (entries.has(file)) entries.get(file).hash = hash;
    });
    const bad = await validateRepository({ cwd: repo.root, paths: [], env });
    expect(bad.issues.some((issue) => issue.file === file && issue.severity === 'error')).toBe(true);
  });

  test('a damaged cache reads as empty and is rebuilt', async () => {
    repo = await createDocumentRepo([A]);
    const env = repo.env();
    await validateRepository({ cwd: repo.root, paths: [], env });
    const dir = await storeDir(repo.root, env, 'validate');
    for (const name of await readdir(dir)) await writeFile(join(dir, name), 'rác');
    await breakDocument();
    const bad = await validateRepository({ cwd: repo.root, paths: [], env });
    expect(bad.issues.some((issue) => issue.severity === 'error')).toBe(true);
  });
});

describe('a cache that cannot be saved', () => {
  test('is reported, and the results stay right', async () => {
    repo = await createDocumentRepo([A]);
    const { takeCacheNotices } = await import('../../src/cache/store.js');
    takeCacheNotices();
    await writeFile(join(repo.fixture.home, 'a-file'), '');
    const env = { ...repo.env(), GIAOUOC_CACHE_DIR: join(repo.fixture.home, 'a-file', 'cache') };
    const result = await validateRepository({ cwd: repo.root, paths: [], env });
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(takeCacheNotices().map((text) => text.en).join('\n')).toMatch(/cannot create the cache folder .* set GIAOUOC_CACHE_DIR/);
  });
});

describe('a cache past its size limit', () => {
  test('is not written, says so, and every verdict stays right', async () => {
    repo = await createDocumentRepo([A]);
    const { setShardLimit, takeCacheNotices } = await import('../../src/cache/store.js');
    const env = repo.env();
    await repo.sign(A);
    await claimSignature(repo, { party: 'cd-bo-khcn', digest: await digestOf(repo, COMPACT) });
    takeCacheNotices();
    setShardLimit(64);
    try {
      const first = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env });
      expect(takeCacheNotices().map((text) => text.en).join('\n')).toMatch(/passed its limit of .* per file and was not saved; results stay correct/);
      const second = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env });
      const cold = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env, cache: false });
      expect(second.documents).toEqual(cold.documents);
      expect(first.documents).toEqual(cold.documents);
    } finally {
      setShardLimit(64 * 1024 * 1024);
    }
  });
});

describe('stat-based change detection', () => {
  test('a change that keeps the size and the modification time is still seen (ctime), and nothing else is re-read', async () => {
    repo = await createDocumentRepo([A]);
    const env = repo.env();
    const file = join(repo.root, COMPACT);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await validateRepository({ cwd: repo.root, paths: [], env })).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    const { statSync, utimesSync } = await import('node:fs');
    const before = statSync(file);
    const text = await readFile(file, 'utf8');
    const broken = text.replace(/^year: (\d{4})/m, (_line, year: string) => `year: ${year.slice(0, 3)}x`);
    expect(broken.length).toBe(text.length);
    await writeFile(file, broken);
    utimesSync(file, before.atime, before.mtime);
    const after = await validateRepository({ cwd: repo.root, paths: [], env });
    expect(after.issues.some((issue) => issue.file === file && issue.severity === 'error')).toBe(true);
  });
});
