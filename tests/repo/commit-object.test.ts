import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/repo/cat-file.js';
import { CommitFormatError, parseCommitObject, parseTrailers } from '../../src/repo/commit-object.js';
import { verifySshSignature } from '../../src/repo/sshsig.js';
import {
  FIXTURE_IDENTITY,
  FIXTURE_START_TIME,
  createGitFixture,
  makeSshKey,
  type GitFixture,
  type SshTestKey,
} from './helpers/git-fixture.js';

let fixture: GitFixture;
let keyA: SshTestKey;
let keyB: SshTestKey;
/** Signs well but is not in allowed_signers: git says 'U' (good signature, unknown signer). */
let keyC: SshTestKey;
const commits: Record<string, string> = {};

// Messages whose trailer blocks git decides in different ways; %(trailers) is the referee.
const TRAILER_MESSAGES: Record<string, string> = {
  several: 'Ký giao ước\n\nThân bài.\n\nGiaouoc-Document: 2024/giao-uoc.yaml\nGiaouoc-Unit: cd-bnv\nGiaouoc-Unit: cd-vks\n',
  folded: 'Báo cáo quý I\n\nGiaouoc-Note: dòng đầu\n   dòng tiếp theo\nGiaouoc-Quarter: 1\n',
  // git's token is ASCII letters, digits and '-': a key with Vietnamese letters is prose, not a trailer.
  diacriticKey: 'Báo cáo quý I\n\nGhi-chú: dòng đầu\nGiaouoc-Quarter: 1\n',
  titleOnly: 'Giaouoc-Unit: cd-bnv\n',
  mixedWithoutGitTrailer: 'Kế hoạch\n\nGiaouoc-Unit: cd-bnv\nmột dòng văn xuôi\n',
  mixedWithSignedOff: 'Kế hoạch\n\nGiaouoc-Unit: cd-bnv\nmột dòng văn xuôi\nSigned-off-by: Hà Quốc Trung <a@b.vn>\n',
  commentInside: 'Kế hoạch\n\nGiaouoc-Unit: cd-bnv\n# ghi chú nội bộ\nGiaouoc-Year: 2024\n',
  spacedKey: 'Sửa lỗi\n\nReviewed by: someone\n',
  spaceBeforeColon: 'Sửa lỗi\n\nGiaouoc-Unit : cd-bnv\n',
  url: 'Nguồn tin\n\nhttps://congdoan.vn/tin-tuc\n',
  notLastParagraph: 'Tiêu đề\n\nGiaouoc-Unit: cd-bnv\n\nĐoạn cuối không phải trailer.\n',
};

beforeAll(async () => {
  fixture = await createGitFixture();
  [keyA, keyB, keyC] = await Promise.all(['cd-bnv', 'cd-vks', 'cd-ngoai'].map((name) => makeSshKey(fixture.home, name)));
  await fixture.allowSigners([keyA, keyB]);

  commits.initial = await fixture.commit({ message: 'Khởi tạo kho văn bản', files: { 'giaouoc.yaml': 'units: []\n' } });
  commits.signedWithTrailers = await fixture.commit({
    message: 'Ký giao ước thi đua năm 2024',
    files: { '2024/giao-uoc.yaml': 'kind: compact\n' },
    signWith: keyA,
    trailers: ['Giaouoc-Document: 2024/giao-uoc.yaml', 'Giaouoc-Unit: cd-bnv'],
  });
  commits.signedBodyLooksLikeHeader = await fixture.commit({
    message: 'Ký lại\n\ngpgsig không phải chữ ký, chỉ là chữ trong thân\n tree 0000\n\nGiaouoc-Unit: cd-bnv\nGiaouoc-Unit: cd-vks\n',
    signWith: keyA,
  });
  commits.signedByB = await fixture.commit({ message: 'Công đoàn Viện kiểm sát ký', signWith: keyB });
  commits.signedByUnknown = await fixture.commit({ message: 'Chữ ký của khóa chưa đăng ký', signWith: keyC });
  commits.unsigned = await fixture.commit({ message: 'Sửa lỗi chính tả', files: { 'README.md': 'Kho văn bản\n' } });
  for (const [name, message] of Object.entries(TRAILER_MESSAGES)) {
    commits[`trailers:${name}`] = await fixture.commit({ message, cleanup: 'verbatim' });
  }

  // A signature block lifted from another commit and pasted onto new content.
  const rawOf = async (oid: string) => (await fixture.git(['cat-file', 'commit', oid])).stdout;
  const donor = await rawOf(commits.signedByB);
  const signatureBlock = /^gpgsig [\s\S]*?-----END SSH SIGNATURE-----\n/m.exec(donor)?.[0] ?? '';
  expect(signatureBlock).toMatch(/^gpgsig -----BEGIN SSH SIGNATURE-----/);
  const victim = await rawOf(commits.unsigned);
  commits.forged = await fixture.writeCommitObject(victim.replace(/\n\n/, `\n${signatureBlock}\n`));
  // A signed commit whose message was changed after signing.
  const signed = await rawOf(commits.signedWithTrailers);
  commits.tampered = await fixture.writeCommitObject(signed.replace('năm 2024', 'năm 2025'));
}, 60_000);

afterAll(async () => {
  await fixture.cleanup();
});

type Verdict = 'good' | 'bad' | 'none';

/** git's own judgement of every commit in one `git log --no-walk` call: %G? and the signer fingerprint. */
async function gitVerdicts(oids: string[]): Promise<Map<string, { code: string; fingerprint: string }>> {
  const { stdout } = await fixture.git(['log', '--no-walk=unsorted', '--format=%H %G? %GF', ...oids]);
  const verdicts = new Map<string, { code: string; fingerprint: string }>();
  for (const line of stdout.trim().split('\n')) {
    const [oid, code, fingerprint = ''] = line.split(' ');
    verdicts.set(oid, { code, fingerprint });
  }
  return verdicts;
}

describe('commit signatures, checked in-process, agree with git', () => {
  it('gives git’s verdict and signer for every commit', async () => {
    const oids = Object.values(commits);
    const batch = new CatFileBatch(fixture.dir, { env: fixture.env });
    const objects = await batch.readMany(oids);
    await batch.close();
    const fromGit = await gitVerdicts(oids);

    const seen = new Set<string>();
    for (const [name, oid] of Object.entries(commits)) {
      const commit = parseCommitObject(objects.get(oid)!.content);
      const ours = commit.gpgsig ? verifySshSignature(commit.gpgsig, commit.payload) : undefined;
      const ourVerdict: Verdict = !ours ? 'none' : ours.ok ? 'good' : 'bad';
      const git = fromGit.get(oid)!;
      // 'U' is a good signature by a key outside allowed_signers; who may sign is decided elsewhere.
      const gitVerdict: Verdict = git.code === 'N' ? 'none' : 'GU'.includes(git.code) ? 'good' : 'bad';
      expect(`${name}: ${ourVerdict}`).toBe(`${name}: ${gitVerdict}`);
      // git names the signer only for a good signature (%GF is empty for 'B'); the bad ones are checked below.
      if (gitVerdict === 'good') expect(`${name}: ${ours?.fingerprint}`).toBe(`${name}: ${git.fingerprint}`);
      seen.add(gitVerdict);
    }
    expect([...seen].sort()).toEqual(['bad', 'good', 'none']);
  });

  it('matches git verify-commit for the registered keys', async () => {
    const expected: Record<string, { exit: number; fingerprint?: string }> = {
      signedWithTrailers: { exit: 0, fingerprint: keyA.fingerprint },
      signedBodyLooksLikeHeader: { exit: 0, fingerprint: keyA.fingerprint },
      signedByB: { exit: 0, fingerprint: keyB.fingerprint },
      signedByUnknown: { exit: 1, fingerprint: keyC.fingerprint },
      forged: { exit: 1, fingerprint: keyB.fingerprint },
      tampered: { exit: 1, fingerprint: keyA.fingerprint },
      unsigned: { exit: 1 },
    };
    for (const [name, { exit, fingerprint }] of Object.entries(expected)) {
      const git = await fixture.git(['verify-commit', '--raw', commits[name]], { allowFailure: true });
      expect(`${name}: ${git.code}`).toBe(`${name}: ${exit}`);
      const commit = parseCommitObject((await fixture.git(['cat-file', 'commit', commits[name]])).stdout);
      const ours = commit.gpgsig ? verifySshSignature(commit.gpgsig, commit.payload) : undefined;
      expect(ours?.fingerprint).toBe(fingerprint);
      expect(ours?.ok ?? false).toBe(name === 'signedByUnknown' || exit === 0);
    }
  });
});

describe('parseCommitObject', () => {
  it('reads the fields git reports for each commit', async () => {
    const oids = Object.values(commits).filter((oid) => oid !== commits.forged && oid !== commits.tampered);
    const format = ['%H', '%T', '%P', '%an', '%ae', '%at', '%ai', '%cn', '%ce', '%ct', '%B', '%(trailers:only,unfold)'];
    const { stdout } = await fixture.git(['log', '--no-walk=unsorted', `--format=${format.join('%x00')}%x1e`, ...oids]);
    const records = stdout.split('\x1e\n').filter(Boolean);
    expect(records).toHaveLength(oids.length);
    for (const record of records) {
      const [oid, tree, parents, an, ae, at, ai, cn, ce, ct, body, trailerText] = record.split('\0');
      const commit = parseCommitObject((await fixture.git(['cat-file', 'commit', oid])).stdout);
      expect(commit.tree).toBe(tree);
      expect(commit.parents).toEqual(parents ? parents.split(' ') : []);
      expect(commit.author).toEqual({ name: an, email: ae, time: Number(at), tz: ai.split(' ')[2] });
      expect(commit.committer).toMatchObject({ name: cn, email: ce, time: Number(ct) });
      expect(commit.message).toBe(body);
      expect(commit.trailers, commit.message).toEqual(trailersFromGit(trailerText));
    }
  });

  it('keeps the fixture identity and clock', async () => {
    const commit = parseCommitObject((await fixture.git(['cat-file', 'commit', commits.initial])).stdout);
    expect(commit.author).toEqual({ ...FIXTURE_IDENTITY, time: FIXTURE_START_TIME, tz: '+0700' });
  });

  it('splits off the signature and keeps every other byte for the payload', async () => {
    const raw = Buffer.from((await fixture.git(['cat-file', 'commit', commits.signedBodyLooksLikeHeader])).stdout);
    const commit = parseCommitObject(raw);
    expect(commit.gpgsig).toMatch(/^-----BEGIN SSH SIGNATURE-----\n[\s\S]+\n-----END SSH SIGNATURE-----\n$/);
    const [payloadHeader] = commit.payload.toString().split('\n\n');
    expect(payloadHeader).not.toMatch(/^(gpgsig| )/m);
    expect(commit.payload.toString()).toContain('\ngpgsig không phải chữ ký');
    expect(commit.payload.length + 'gpgsig '.length + commit.gpgsig!.split('\n').length - 1 + commit.gpgsig!.length - 1)
      .toBe(raw.length);
    expect(commit.trailers).toEqual({ 'Giaouoc-Unit': ['cd-bnv', 'cd-vks'] });
  });

  it('leaves a gpgsig-sha256 header out of a SHA-1 payload without taking it as the signature', () => {
    const raw = [
      `tree ${'a'.repeat(40)}`,
      `author A <a@b> 1 +0000`,
      `committer A <a@b> 1 +0000`,
      'gpgsig-sha256 -----BEGIN SSH SIGNATURE-----',
      ' AAAA',
      ' -----END SSH SIGNATURE-----',
      'mergetag object x',
      '',
      'msg',
      '',
    ].join('\n');
    const commit = parseCommitObject(raw);
    expect(commit.gpgsig).toBeUndefined();
    expect(commit.payload.toString()).toBe(`tree ${'a'.repeat(40)}\nauthor A <a@b> 1 +0000\ncommitter A <a@b> 1 +0000\nmergetag object x\n\nmsg\n`);
  });

  it('refuses objects that are not commits', () => {
    for (const raw of ['', 'blob\n', `tree ${'a'.repeat(40)}\n\nno people\n`, `tree ${'a'.repeat(40)}\nauthor nobody\ncommitter x\n\n`]) {
      expect(() => parseCommitObject(raw)).toThrow(CommitFormatError);
    }
  });
});

describe('parseTrailers', () => {
  it('folds continuation lines and keeps keys as written', () => {
    expect(parseTrailers(TRAILER_MESSAGES.folded)).toEqual({
      'Giaouoc-Note': ['dòng đầu dòng tiếp theo'],
      'Giaouoc-Quarter': ['1'],
    });
    expect(parseTrailers(TRAILER_MESSAGES.diacriticKey)).toEqual({});
    expect(parseTrailers(TRAILER_MESSAGES.titleOnly)).toEqual({});
  });

  it('ignores trailing comments and blank lines as git does', () => {
    expect(parseTrailers('T\n\nKey: a\nKey: b\n\n# comment\n\n')).toEqual({ Key: ['a', 'b'] });
    expect(parseTrailers('T\n\nkey: a\nKey: b\n')).toEqual({ key: ['a'], Key: ['b'] });
  });
});

function trailersFromGit(text: string): Record<string, string[]> {
  const trailers: Record<string, string[]> = {};
  for (const line of text.split('\n').filter(Boolean)) {
    const colon = line.indexOf(':');
    (trailers[line.slice(0, colon)] ??= []).push(line.slice(colon + 1).trim());
  }
  return trailers;
}
