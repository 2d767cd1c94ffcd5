// The history's quick reading of a commit (src/repo/commit-for-history.ts) against the reference parser
// (tests/repo/support/commit-object-reference.ts), decodeSshArmor and the verdict of the armored text: the same
// fields, claim, payload bytes, signature bytes and verdict, or the same error, for commits git made and signed and
// for thousands of signed objects with hostile changes: malformed armor, white space, CRLF, the other algorithm's
// header, doubled headers, keys that are not ed25519, another namespace, cut base64, wrong padding, bytes that are
// not UTF-8, lines of 300 KB.
import { generateKeyPairSync } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/repo/cat-file.js';
import { readCommitForHistory, readInGitLayout, type CommitForHistory } from '../../src/repo/commit-for-history.js';
import { publicKeyFromBlob, sshString } from '../../src/repo/ssh-keys.js';
import { decodeSshArmor, verifySshSignature } from '../../src/repo/sshsig.js';
import { writeSshSignature, type SigningPair } from '../../src/repo/sshsig-writer.js';
import { signatureClaim } from '../../src/repo/trailers.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { createGitFixture, makeSshKey, run, type GitFixture } from './helpers/git-fixture.js';
import { referenceParseCommitObject } from './support/commit-object-reference.js';

/** The armor's SSHSIG bytes as hex, or decodeSshArmor's error. */
function sshsigOf(armored: string): string {
  try {
    return decodeSshArmor(armored).toString('hex');
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const errorOf = (error: unknown) => ({ error: `${(error as Error).name}: ${(error as Error).message}` });

/** What the reference parser says the history should keep and check. */
function expected(raw: Buffer): unknown {
  try {
    const commit = referenceParseCommitObject(raw);
    const newline = commit.message.indexOf('\n');
    const signature = commit.gpgsig === undefined ? undefined : { sshsig: sshsigOf(commit.gpgsig), payload: commit.payload.toString('hex') };
    const subject = newline === -1 ? commit.message : commit.message.slice(0, newline);
    return { tree: commit.tree, parents: commit.parents, author: commit.author, committer: commit.committer, subject, claim: signatureClaim(commit.trailers), signed: commit.gpgsig !== undefined, signature };
  } catch (error) {
    return errorOf(error);
  }
}

function outcome(read: CommitForHistory): unknown {
  const { check } = read;
  const sshsig = check && (check.sshsig === undefined ? sshsigOf(check.armored) : check.sshsig.toString('hex'));
  const signature = check && { sshsig, payload: Buffer.from(check.message).toString('hex') };
  const { tree, parents, author, committer, subject, claim, signed } = read;
  return { tree, parents, author, committer, subject, claim, signed, signature };
}

const stats = { quick: 0, quickSigned: 0, quickClaims: 0, verdicts: new Map<string, number>() };

/** The quick reading gives the reference's answer or none; the whole reading always gives it; so do the verdicts. */
function expectSame(raw: Buffer, label: string): void {
  const reference = expected(raw);
  let whole: unknown;
  try {
    whole = outcome(readCommitForHistory(raw, true));
  } catch (error) {
    whole = errorOf(error);
  }
  const quick = readInGitLayout(raw, true);
  const show = () => `${label}\n${JSON.stringify(raw.toString('latin1').slice(0, 2000))}`;
  if (JSON.stringify(whole) !== JSON.stringify(reference)) expect(whole, show()).toStrictEqual(reference);
  if (quick) {
    stats.quick++;
    if (quick.claim) stats.quickClaims++;
    if (JSON.stringify(outcome(quick)) !== JSON.stringify(reference)) expect(outcome(quick), show()).toStrictEqual(reference);
    expect(quick.committer === quick.author, show()).toBe(JSON.stringify(quick.committer) === JSON.stringify(quick.author));
  }
  // Not read without being asked for.
  if (!('error' in (reference as object))) expect(readCommitForHistory(raw, false).check).toBeUndefined();
  const check = quick?.check;
  if (check?.sshsig) {
    stats.quickSigned++;
    const commit = referenceParseCommitObject(raw);
    const verdict = verifySshSignature(check, Buffer.from(check.message));
    expect(verdict, show()).toStrictEqual(verifySshSignature(commit.gpgsig!, commit.payload));
    const name = verdict.ok ? 'ok' : verdict.reason;
    stats.verdicts.set(name, (stats.verdicts.get(name) ?? 0) + 1);
  }
}

// ------------------------------------------------------------------------------------------------ real commits

let fixture: GitFixture;

beforeAll(async () => {
  fixture = await createGitFixture();
}, 60_000);
afterAll(() => fixture?.cleanup());

describe('the quick reading of a commit for the history', () => {
  it('reads commits git made and signed, in SHA-1 and SHA-256 repositories, in git’s own layout', async () => {
    const key = await makeSshKey(fixture.home, 'cd-bnv');
    const message = 'Ký: Giao ước thi đua năm 2024 — cd-bnv\n\nGiaouoc-Document: 2024/giao-uoc.yaml\nGiaouoc-Party: cd-bnv\nGiaouoc-Signer: cd-bnv\nGiaouoc-Digest: sha256:ab\n';
    const sha1 = [await fixture.commit({ message, signWith: key }), await fixture.commit({ message: 'Sửa lỗi chính tả' }), await fixture.commit({ message: 'Ký lại', signWith: key })];
    const sha256Dir = join(fixture.home, 'repo-sha256');
    await mkdir(sha256Dir);
    const git256 = (args: string[]) => run('git', args, { cwd: sha256Dir, env: fixture.env });
    await git256(['init', '-q', '--object-format=sha256', '-b', 'main']);
    const sha256: string[] = [];
    for (const [index, text] of [message, 'Chưa ký', message].entries()) {
      const signing = index === 1 ? [] : ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key.privateKeyPath}`];
      await git256([...signing, '-c', 'user.name=Hà Quốc Trung', '-c', 'user.email=a@b.vn', 'commit', '-q', '--allow-empty', ...(index === 1 ? [] : ['-S']), '-m', text]);
      sha256.push((await git256(['rev-parse', 'HEAD'])).stdout.trim());
    }
    for (const [dir, oids] of [[fixture.dir, sha1], [sha256Dir, sha256]] as const) {
      const batch = new CatFileBatch(dir, { env: fixture.env });
      const objects = await batch.readMany(oids);
      await batch.close();
      for (const oid of oids) {
        const raw = objects.get(oid)!.content;
        expectSame(raw, oid);
        const quick = readInGitLayout(raw, true);
        expect(quick, `${oid} is in git’s own layout`).toBeDefined();
        if (quick!.signed) expect(verifySshSignature(quick!.check!, Buffer.from(quick!.check!.message))).toMatchObject({ ok: true, fingerprint: key.fingerprint });
      }
    }
    expect(stats.quickSigned).toBe(4);
  });

  it('reads thousands of signed objects with hostile changes as the reference does', () => {
    const random = seededRandom(0x51e5);
    for (let index = 0; index < 5000; index++) expectSame(craftSigned(random), `crafted #${index}`);
    process.stdout.write(`[quick reading] ${JSON.stringify({ ...stats, verdicts: Object.fromEntries(stats.verdicts) })}\n`);
    // The crafting reaches the quick reading, its claims and every verdict, and also what only the whole reading reads.
    expect(stats.quick).toBeGreaterThan(1500);
    expect(stats.quick).toBeLessThan(4500);
    expect(stats.quickClaims).toBeGreaterThan(500);
    for (const verdict of ['ok', 'malformed', 'namespace', 'bad-signature', 'unsupported-key']) expect(stats.verdicts.get(verdict), verdict).toBeGreaterThan(5);
  });

  it('reads lines of 300 KB in the signature, the header and the message', () => {
    const random = seededRandom(0x300);
    const long = (character: string) => character.repeat(300_000);
    const pieces = usualPieces(random);
    const variants = [
      signedObject(pieces, (lines) => [lines[0]!, ` ${long('A')}`, ...lines.slice(1)]),
      signedObject(pieces, (lines) => [lines[0]!, ` ${long('A')}=`, ...lines.slice(-1)]),
      signedObject({ ...pieces, message: `${long('x')}\n\nGiaouoc-Document: ${long('d')}\nGiaouoc-Party: p\n` }),
      signedObject({ ...pieces, author: `author ${long(' ')}<a@b> 1 +0700` }),
    ];
    for (const [index, raw] of variants.entries()) expectSame(raw, `long #${index}`);
  });
});

// ------------------------------------------------------------------------------------------------ crafting

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const hex = (random: Random, length: number) => Array.from({ length }, () => pick(random, [...'0123456789abcdef'])).join('');

function ed25519Pair(): SigningPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return { privateKey, publicKey: publicKeyFromBlob(Buffer.concat([sshString('ssh-ed25519'), sshString(raw)])) };
}
const PAIRS = [ed25519Pair(), ed25519Pair()];

/** An SSHSIG by a key that is not ed25519, armored as ssh-keygen would. */
function otherKeySignature(random: Random): string {
  const key = Buffer.concat([sshString(pick(random, ['ssh-rsa', 'ecdsa-sha2-nistp256', 'ssh-ed448'])), sshString(Buffer.alloc(33, 7))]);
  const inner = Buffer.concat([sshString('rsa-sha2-512'), sshString(Buffer.alloc(64, 1))]);
  const envelope = Buffer.concat([Buffer.from('SSHSIG'), Buffer.from([0, 0, 0, 1]), sshString(key), sshString('git'), sshString(''), sshString('sha512'), sshString(inner)]);
  return ['-----BEGIN SSH SIGNATURE-----', ...envelope.toString('base64').match(/.{1,70}/g)!, '-----END SSH SIGNATURE-----', ''].join('\n');
}

const NAMES = ['Văn phòng Khối thi đua I', 'A', 'Tab\tName', 'nbsp\u00a0', 'x <y> z', 'trailing '];
const VALUES = ['2024/giao-uoc.yaml', 'cd-bnv', '', ' spaced ', '\u00a0nbsp\u00a0', '\u3000wide', 'tab\t', 'cr\r', '\ufeffbom', 'Công đoàn', '\u001cfs\u001c', ' \u000b\f'];

function trailerLines(random: Random): string[] {
  const keys = ['Giaouoc-Document', 'Giaouoc-Party', 'Giaouoc-Signer', 'Giaouoc-Digest', 'Giaouoc-Party', 'Other-Key', 'giaouoc-document'];
  const lines = ['Giaouoc-Document', 'Giaouoc-Party', 'Giaouoc-Signer', 'Giaouoc-Digest'].map((key) => `${key}: ${random() < 0.85 ? pick(random, VALUES.slice(0, 2)) : pick(random, VALUES)}`);
  for (let count = Math.floor(random() * 3); count > 0; count--) {
    lines.splice(Math.floor(random() * (lines.length + 1)), 0, `${pick(random, keys)}:${pick(random, VALUES)}`);
  }
  return lines;
}

function message(random: Random): string {
  const subject = pick(random, ['Ký: Giao ước thi đua năm 2024 — cd-bnv', 'Sửa', '', 'Giaouoc-Party: x']);
  const roll = random();
  const trailers = trailerLines(random);
  if (roll < 0.6) return `${subject}\n\n${trailers.join('\n')}${pick(random, ['\n', '\n', '', '\n\n'])}`;
  // Out of the usual block: an odd line, a continuation, a comment, no blank line, a blank line at the end.
  const odd = pick(random, [' continued', '# comment', 'Key : x', 'Giaouoc-Party : cd-vks', 'Giaouoc-Document\t:x', 'prose line', '', '\t', 'Signed-off-by: A <a@b>', 'Ghi-chú: x', '\u00a0nbsp: x']);
  trailers.splice(Math.floor(random() * (trailers.length + 1)), 0, odd);
  return pick(random, [`${subject}\n\n${trailers.join('\n')}\n`, `${subject}\n${trailers.join('\n')}\n`, `${trailers.join('\n')}\n`, `${subject}\n\n\n${trailers.join('\n')}`]);
}

interface Pieces {
  sha256: boolean;
  parents: string[];
  author: string;
  committer: string;
  message: string;
  namespace: string;
  pair: SigningPair;
}

function usualPieces(random: Random): Pieces {
  const sha256 = random() < 0.3;
  const parents = Array.from({ length: Math.floor(random() * 3) }, () => `parent ${hex(random, sha256 ? 64 : 40)}`);
  const author = `author ${pick(random, NAMES)} <a@b.vn> 1709254800 +0700`;
  const committer = random() < 0.7 ? author.replace('author', 'committer') : `committer ${pick(random, NAMES)} <c@d.vn> 1709254801 -0100`;
  return { sha256, parents, author, committer, message: message(random), namespace: random() < 0.9 ? 'git' : 'file', pair: pick(random, PAIRS) };
}

/** A signed object of `pieces`; `change` may rewrite the armor's lines, each continuation line with its space. */
function signedObject(pieces: Pieces, change: (lines: string[]) => string[] = (lines) => lines, armored?: string): Buffer {
  const tree = `tree ${(pieces.sha256 ? 'ab' : 'cd').repeat(pieces.sha256 ? 32 : 20)}`;
  const header = [tree, ...pieces.parents, pieces.author, pieces.committer].join('\n');
  const payload = Buffer.from(`${header}\n\n${pieces.message}`, 'utf8');
  const armor = armored ?? writeSshSignature(pieces.pair, payload, pieces.namespace);
  const lines = armor.trimEnd().split('\n').map((line, index) => (index === 0 ? line : ` ${line}`));
  const name = pieces.sha256 ? 'gpgsig-sha256' : 'gpgsig';
  return Buffer.from(`${header}\n${name} ${change(lines).join('\n')}\n\n${pieces.message}`, 'utf8');
}

// Changes to the armor's lines (the first is BEGIN, the last END, the others base64 after their space).
const ARMOR_CHANGES: Array<(lines: string[], random: Random) => string[]> = [
  (lines) => [lines[0]!.replace('BEGIN', 'BEGlN'), ...lines.slice(1)],
  (lines) => lines.slice(0, -1),
  (lines) => [...lines.slice(0, -1), `${lines.at(-1)} trailing`],
  (lines) => [` ${lines[0]}`, ...lines.slice(1)],
  (lines) => lines.map((line) => `${line}\r`),
  (lines) => [lines[0]!, ' ', ...lines.slice(1)],
  (lines, random) => swapOne(lines, random, (line) => `${line} `),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, 5)}\t${line.slice(5)}`),
  (lines, random) => swapOne(lines, random, (line) => ` ${line}`),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, 4)}\u00a0${line.slice(4)}`),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, 4)}\u2028${line.slice(4)}`),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, 3)}=${line.slice(3)}`),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, -1)}`),
  (lines, random) => swapOne(lines, random, (line) => `${line}===`),
  (lines, random) => swapOne(lines, random, (line) => `${line}AAAA`),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, 9)}${line[9] === 'A' ? 'B' : 'A'}${line.slice(10)}`),
  (lines, random) => swapOne(lines, random, (line) => `${line.slice(0, 6)}-${line.slice(6)}`),
  (lines) => [...lines.slice(0, 2), ...lines.slice(3)],
  (lines) => [...lines.slice(0, -2), `${lines.at(-2)!.replace(/=+$/, '')}`, lines.at(-1)!],
  // The last characters before the padding made padding too: "ABC=" → "A===" or "====", the length kept.
  (lines, random) => [...lines.slice(0, -2), lines.at(-2)!.replace(random() < 0.5 ? /[^=]{2}=$/ : /[^=]{1,3}=+$/, (end) => '='.repeat(end.length)), lines.at(-1)!],
  (lines) => [...lines, ' more'],
  (lines) => [...lines, 'mergetag object 0'],
  (lines) => [...lines, 'gpgsig-sha256 x'],
  (lines) => [...lines, 'gpgsig y'],
  (lines) => [...lines, ...lines.map((line, index) => (index === 0 ? `gpgsig ${line}` : line))],
  (lines) => lines.map((line) => line.replace('SSH SIGNATURE', 'SSH  SIGNATURE')),
];

function swapOne(lines: string[], random: Random, change: (line: string) => string): string[] {
  const at = 1 + Math.floor(random() * (lines.length - 2));
  return lines.map((line, index) => (index === at ? change(line) : line));
}

// Changes to the object's bytes, after the armor.
const OBJECT_CHANGES: Array<(raw: Buffer, random: Random) => Buffer> = [
  (raw) => Buffer.from(raw.toString('latin1').replace(/\n/g, '\r\n'), 'latin1'),
  (raw, random) => withByte(raw, random, pick(random, [0xff, 0xc3, 0x80, 0xe2, 0xed])),
  (raw) => Buffer.from(raw.toString('latin1').replace('gpgsig', 'gpgsig-sha256').replace('gpgsig-sha256-sha256', 'gpgsig'), 'latin1'),
  (raw) => Buffer.from(raw.toString('latin1').replace('\ncommitter', '\nencoding ISO-8859-1\ncommitter'), 'latin1'),
  (raw) => Buffer.from(raw.toString('latin1').replace('\nauthor', '\nparent xyz\nauthor'), 'latin1'),
  (raw) => raw.subarray(0, Math.max(0, raw.indexOf('\n\n') + 1)),
  (raw) => raw.subarray(0, raw.indexOf('\n\n')),
];

/** The object with one byte put in a random place: in the armor, a person, the message. */
function withByte(raw: Buffer, random: Random, byte: number): Buffer {
  const at = Math.floor(random() * raw.length);
  return Buffer.concat([raw.subarray(0, at), Buffer.from([byte]), raw.subarray(at)]);
}

function craftSigned(random: Random): Buffer {
  const pieces = usualPieces(random);
  const armored = random() < 0.05 ? otherKeySignature(random) : undefined;
  // Half of them as git writes them, the other half with a change to the armor, the object, or both.
  const change = random() < 0.6 ? undefined : pick(random, ARMOR_CHANGES);
  const raw = signedObject(pieces, (lines) => (change ? change(lines, random) : lines), armored);
  if (random() < 0.1) {
    // An unsigned commit.
    const text = raw.toString('latin1');
    return Buffer.from(text.replace(/\ngpgsig[^\n]*\n( [^\n]*\n)*/, '\n'), 'latin1');
  }
  return random() < 0.6 ? raw : pick(random, OBJECT_CHANGES)(raw, random);
}
