// The one-pass commit parser against the one it replaced (tests/repo/support/commit-object-reference.ts): the same
// fields, signature, payload bytes, message and trailers, or the same error, for real commits made and signed with
// git and ssh-keygen and for thousands of crafted objects a hostile repository could hold.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/repo/cat-file.js';
import { runGit } from '../../src/repo/git-process.js';
import { parseCommitObject, parseTrailers } from '../../src/repo/commit-object.js';
import { referenceParseCommitObject, referenceParseTrailers } from './support/commit-object-reference.js';
import { seededRandom as seeded } from '../helpers/seeded-random.js';
import { createGitFixture, makeSshKey, run, type GitFixture, type SshTestKey } from './helpers/git-fixture.js';

type Parse = (raw: Buffer) => object;

/** What a parse gives, comparable with toEqual: the payload as hex, whether a signature was found at all. */
function outcome(parse: Parse, raw: Buffer): unknown {
  try {
    const commit = parse(raw) as { payload: Buffer; gpgsig?: string };
    return { ...commit, payload: commit.payload.toString('hex'), signed: 'gpgsig' in commit };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

function expectSameParse(raw: Buffer, label: string): void {
  const ours = outcome(parseCommitObject, raw);
  const reference = outcome(referenceParseCommitObject, raw);
  if (JSON.stringify(ours) !== JSON.stringify(reference)) {
    expect(ours, `${label}\n${JSON.stringify(raw.toString('latin1'))}`).toEqual(reference);
  }
}

// ------------------------------------------------------------------------------------------------ real commits

let fixture: GitFixture;
let sha256Dir: string;
let key: SshTestKey;
const sha1Commits: string[] = [];
const sha256Commits: string[] = [];

const MESSAGES = [
  'Ký giao ước thi đua năm 2024\n\nGiaouoc-Document: 2024/giao-uoc.yaml\nGiaouoc-Party: cd-bnv\n',
  'Ký lại\n\ngpgsig -----BEGIN SSH SIGNATURE-----\n không phải chữ ký\n\nGiaouoc-Unit: cd-bnv\n',
  'Báo cáo\n\nGiaouoc-Note: dòng đầu\n   dòng tiếp theo\n# ghi chú\nGiaouoc-Quarter: 1\nSigned-off-by: A <a@b>\n',
  'Chỉ một dòng',
  'Tiêu đề\r\n\r\nKey: value\r\n',
];

beforeAll(async () => {
  fixture = await createGitFixture();
  key = await makeSshKey(fixture.home, 'cd-bnv');
  for (const [index, message] of MESSAGES.entries()) {
    sha1Commits.push(await fixture.commit({ message, signWith: index % 2 === 0 ? key : undefined, cleanup: 'verbatim' }));
  }
  // A message in another encoding: git writes an "encoding" header and the bytes as they are.
  await writeFile(join(fixture.home, 'latin1.txt'), Buffer.from('Ch\xe0o c\xf4ng \xf0o\xe0n\n\nKey: caf\xe9\n', 'latin1'));
  await fixture.git(['-c', 'i18n.commitEncoding=ISO-8859-1', '-c', `user.signingkey=${key.privateKeyPath}`, 'commit', '-q', '--allow-empty', '-S', '-F', join(fixture.home, 'latin1.txt')]);
  sha1Commits.push((await fixture.git(['rev-parse', 'HEAD'])).stdout.trim());
  // A merge: two parents.
  await fixture.git(['checkout', '-q', '-b', 'side', sha1Commits[1]!]);
  sha1Commits.push(await fixture.commit({ message: 'Nhánh phụ', signWith: key }));
  await fixture.git(['checkout', '-q', 'main']);
  await fixture.git(['-c', `user.signingkey=${key.privateKeyPath}`, 'merge', '-q', '-S', '--no-ff', '-m', 'Hợp nhất', 'side']);
  sha1Commits.push((await fixture.git(['rev-parse', 'HEAD'])).stdout.trim());

  // A SHA-256 repository: its signature header is gpgsig-sha256, and a gpgsig header is someone else's.
  sha256Dir = join(fixture.home, 'repo-sha256');
  await mkdir(sha256Dir);
  const git256 = (args: string[]) => run('git', args, { cwd: sha256Dir, env: fixture.env });
  await git256(['init', '-q', '--object-format=sha256', '-b', 'main']);
  for (const message of MESSAGES.slice(0, 3)) {
    await git256(['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key.privateKeyPath}`, '-c', 'user.name=Hà Quốc Trung', '-c', 'user.email=a@b.vn', 'commit', '-q', '--allow-empty', '-S', '-m', message]);
    sha256Commits.push((await git256(['rev-parse', 'HEAD'])).stdout.trim());
  }
}, 60_000);

afterAll(async () => {
  await fixture.cleanup();
});

async function readAll(dir: string, oids: string[]): Promise<Buffer[]> {
  const batch = new CatFileBatch(dir, { env: fixture.env });
  const objects = await batch.readMany(oids);
  await batch.close();
  return oids.map((oid) => objects.get(oid)!.content);
}

describe('the one-pass parser and the reference agree', () => {
  it('on commits git made and signed, in SHA-1 and SHA-256 repositories, as the batch reads them', async () => {
    for (const [dir, oids] of [[fixture.dir, sha1Commits], [sha256Dir, sha256Commits]] as const) {
      const raws = await readAll(dir, oids);
      for (const [index, raw] of raws.entries()) {
        // The batch hands over exactly the bytes `git cat-file commit` prints.
        expect(raw.equals(await runGit(dir, ['cat-file', 'commit', oids[index]!], { env: fixture.env }))).toBe(true);
        expectSameParse(raw, `${dir} ${oids[index]}`);
      }
    }
    const signed = (await readAll(fixture.dir, sha1Commits)).map((raw) => parseCommitObject(raw));
    expect(signed.filter((commit) => commit.gpgsig).length).toBeGreaterThanOrEqual(5);
    expect(signed.some((commit) => commit.parents.length === 2)).toBe(true);
    expect(signed.some((commit) => commit.trailers.Key?.[0] === 'café')).toBe(true);
    expect((await readAll(sha256Dir, sha256Commits)).every((raw) => parseCommitObject(raw).gpgsig)).toBe(true);
  });

  it('on real objects carrying both algorithms’ signatures, in either order', async () => {
    const [sha1Raw] = await readAll(fixture.dir, [sha1Commits[0]!]);
    const [sha256Raw] = await readAll(sha256Dir, [sha256Commits[0]!]);
    const block = (raw: Buffer, header: string) => new RegExp(`^${header} [\\s\\S]*?-----END SSH SIGNATURE-----\\n`, 'm').exec(raw.toString('utf8'))![0];
    const sha1Block = block(sha1Raw!, 'gpgsig');
    const sha256Block = block(sha256Raw!, 'gpgsig-sha256');
    const sha1Text = sha1Raw!.toString('utf8');
    const sha256Text = sha256Raw!.toString('utf8');
    const variants: Array<[string, string]> = [
      [fixture.dir, sha1Text.replace(sha1Block, `${sha1Block}${sha256Block}`)],
      [fixture.dir, sha1Text.replace(sha1Block, `${sha256Block}${sha1Block}`)],
      [fixture.dir, sha1Text.replace(sha1Block, `${sha1Block}${sha1Block}`)],
      [sha256Dir, sha256Text.replace(sha256Block, `${sha256Block}${sha1Block}`)],
      [sha256Dir, sha256Text.replace(sha256Block, `${sha1Block}${sha256Block}`)],
    ];
    for (const [dir, variant] of variants) {
      expectSameParse(Buffer.from(variant), variant);
      // Stored, as git hands it back.
      const oid = (await run('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: dir, env: fixture.env, input: variant })).stdout.trim();
      const [stored] = await readAll(dir, [oid]);
      expectSameParse(stored!, oid);
      const commit = parseCommitObject(stored!);
      // The other algorithm's block is in neither the signature nor the payload.
      const other = dir === sha256Dir ? sha1Block : sha256Block;
      expect(commit.payload.toString('utf8')).not.toContain(other.split('\n')[1]);
      expect(commit.gpgsig).toMatch(/^-----BEGIN SSH SIGNATURE-----\n/);
    }
  });

  it('on thousands of crafted objects', () => {
    const random = seeded(0x5eed);
    let signed = 0;
    let refused = 0;
    for (let index = 0; index < 4000; index++) {
      const raw = craftCommit(random);
      expectSameParse(raw, `crafted #${index}`);
      const result = outcome(parseCommitObject, raw) as { signed?: boolean; error?: string };
      if (result.signed) signed++;
      if (result.error) refused++;
    }
    process.stdout.write(`[crafted] 4000 objects: ${signed} signed, ${refused} refused\n`);
    // The crafting reaches both the signature split and the errors, and mostly parses.
    expect(signed).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(200);
    expect(refused).toBeLessThan(3000);
  });

  it('on thousands of crafted objects in git’s own layout, or nearly', () => {
    const random = seeded(0xc0de);
    let signed = 0;
    for (let index = 0; index < 4000; index++) {
      const raw = craftUsualCommit(random);
      expectSameParse(raw, `usual #${index}`);
      if ((outcome(parseCommitObject, raw) as { signed?: boolean }).signed) signed++;
    }
    expect(signed).toBeGreaterThan(1500);
  });

  it('on headers of 300,000 lines, in time linear in their size', () => {
    const raw = bytes(`tree ${'a'.repeat(40)}\nauthor A <a@b> 1 +0000\ncommitter A <a@b> 1 +0000\n`, 'x\n'.repeat(300_000), '\nT\n');
    expectSameParse(raw, 'many lines');
    // A signature of 300,000 continuation lines, then a line that takes the header out of git's layout.
    const people = `tree ${'a'.repeat(40)}\nauthor A <a@b> 1 +0000\ncommitter A <a@b> 1 +0000\ngpgsig x\n`;
    expectSameParse(bytes(people, ' y\n'.repeat(300_000), 'z\n\nT\n'), 'long signature');
  });

  it('on thousands of crafted messages (trailers alone)', () => {
    const random = seeded(0x7a11);
    for (let index = 0; index < 6000; index++) {
      const message = craftMessage(random).toString('utf8');
      const ours = parseTrailers(message);
      const reference = referenceParseTrailers(message);
      if (JSON.stringify(ours) !== JSON.stringify(reference)) expect(ours, JSON.stringify(message)).toEqual(reference);
    }
  });

  it('reads a trailer named like an Object.prototype member', () => {
    expect(parseTrailers('T\n\nconstructor: x\ntoString: y\nconstructor: z\n')).toEqual({ constructor: ['x', 'z'], toString: ['y'] });
  });
});

// ------------------------------------------------------------------------------------------------ crafting

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const hex = (random: Random, length: number) => Array.from({ length }, () => pick(random, [...'0123456789abcdef'])).join('');
const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

// Bytes that are not UTF-8 or that a decoder must think about: lone, truncated, overlong, surrogate, BOM.
const ODD_BYTES = [[0xff], [0xc3], [0xe2, 0x82], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98], [0x80], [0x0d], [0x00]];
const NAMES = ['Hà Quốc Trung', 'A', '', ' leading', 'x <y> z', 'Tab\tName', 'nbsp\u00a0name', 'trailing ', 'a>b'];
const ZONES = ['+0700', '-0000', '+07', '0700', '+0700 ', '+0700\r'];

function person(random: Random, field: string): Buffer {
  const name = pick(random, NAMES);
  const email = pick(random, ['a@b.vn', '', 'x y@z', 'a<b']);
  const time = pick(random, ['1709254800', '0', '', '-1', '99999999999999999999']);
  if (random() < 0.7) return bytes(`${field} ${name} <${email}> 1709254800 +0700`);
  if (random() < 0.1) return bytes(`${field} nobody`);
  if (random() < 0.1) return bytes(`${field} ${name} <`, pick(random, ODD_BYTES), `${email}> ${time} +0700`);
  return bytes(`${field} ${name}${pick(random, [' ', '', '  '])}<${email}>${pick(random, [' ', '  ', ''])}${time} ${pick(random, ZONES)}`);
}

function signatureBlock(random: Random): Buffer[] {
  const header = pick(random, ['gpgsig', 'gpgsig', 'gpgsig-sha256', 'gpgsig-sha256', 'gpgsigx', 'gpgsig-sha2567', 'gpgsig-sha1']);
  if (random() < 0.1) return [bytes(pick(random, [`${header}`, `${header} `]))];
  const lines = [bytes(`${header} -----BEGIN SSH SIGNATURE-----`)];
  const count = Math.floor(random() * 6);
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.1) lines.push(bytes(' ', pick(random, ODD_BYTES), 'AAAA'));
    else if (roll < 0.2) lines.push(bytes('  two spaces'));
    else if (roll < 0.25) lines.push(bytes(` ${'B'.repeat(20_000)}`));
    else if (roll < 0.3) lines.push(bytes(' '));
    else lines.push(bytes(` ${hex(random, 70)}`));
  }
  if (random() < 0.8) lines.push(bytes(' -----END SSH SIGNATURE-----'));
  return lines;
}

function headerLines(random: Random, oidLength: number): Buffer[][] {
  const fields: Buffer[][] = [];
  const count = 2 + Math.floor(random() * 8);
  for (let index = 0; index < count; index++) {
    const roll = random();
    if (roll < 0.15) fields.push([bytes(`parent ${hex(random, oidLength)}`)]);
    else if (roll < 0.3) fields.push([person(random, 'author')]);
    else if (roll < 0.45) fields.push([person(random, 'committer')]);
    else if (roll < 0.65) fields.push(signatureBlock(random));
    else if (roll < 0.7) fields.push([bytes(`encoding ${pick(random, ['ISO-8859-1', 'UTF-8', 'windows-1258', 'no-such-encoding', ''])}`)]);
    else if (roll < 0.75) fields.push([bytes('mergetag object 0'), bytes(' type commit'), bytes(' tag v1')]);
    else if (roll < 0.8) fields.push([bytes(' orphan continuation')]);
    else if (roll < 0.85) fields.push([bytes(pick(random, ['parent', 'author', 'encoding', 'gpg', 'gpgsig\tx', 'gpgsi', 'x']))]);
    else if (roll < 0.9) fields.push([bytes(`x-long ${'a'.repeat(30_000)}`)]);
    else if (roll < 0.95) fields.push([bytes('odd ', pick(random, ODD_BYTES), ' ', pick(random, ODD_BYTES))]);
    // A field continued on the next line: a person or a parent folded over two lines.
    else fields.push([person(random, pick(random, ['author', 'committer', 'parent'])), bytes(pick(random, [' ', ' more', '  x', ' \r']))]);
  }
  // Nearly every object has its people: otherwise most would only test the error.
  const place = () => (random() < 0.7 ? 0 : Math.floor(random() * fields.length));
  if (random() < 0.9) fields.splice(place(), 0, [person(random, 'committer')]);
  if (random() < 0.9) fields.splice(place(), 0, [person(random, 'author')]);
  return fields;
}

const MESSAGE_LINES = [
  'Ký giao ước thi đua năm 2024', '', '', '', 'gpgsig -----BEGIN SSH SIGNATURE-----', ' continuation', '   folded more',
  'Key: value', 'Giaouoc-Document: 2024/giao-uoc.yaml', 'Giaouoc-Party: cd-bnv', 'Giaouoc-Party : cd-vks', 'key:no-space',
  '# comment', '#', 'Signed-off-by: Hà <a@b>', '(cherry picked from commit abc)', 'constructor: x', 'toString: y',
  'Reviewed by: z', 'Ghi-chú: x', 'https://congdoan.vn/tin', ':colon first', '-: dash key', 'Key\t: tab', 'x'.repeat(5000),
  '\t', '   ', '\r', 'Key: v\r', '\u00a0nbsp: x', '\u3000ideographic', '\ufeffbom: x', '\u2028', '\u2029sep', '\u1680ogham',
  '\u200aa', '\u0085nel', '\u001cfs', '\u180emongolian', 'Key: trailing  ', 'Key:', 'K: \u00a0',
];

function craftMessage(random: Random): Buffer {
  const lines: Buffer[] = [];
  const count = Math.floor(random() * 10);
  for (let index = 0; index < count; index++) {
    lines.push(random() < 0.05 ? bytes('Key: ', pick(random, ODD_BYTES)) : bytes(pick(random, MESSAGE_LINES)));
  }
  const message = Buffer.concat(lines.flatMap((line, index) => (index === 0 ? [line] : [bytes('\n'), line])));
  return Buffer.concat([message, bytes('\n'.repeat(Math.floor(random() * 3)))]);
}

function craftCommit(random: Random): Buffer {
  const oidLength = random() < 0.7 ? 40 : 64;
  const tree = random() < 0.95 ? bytes(`tree ${hex(random, oidLength)}`) : bytes(pick(random, ['tree ABC', `tree ${hex(random, 41)}`, 'tree', '']));
  const fields = headerLines(random, oidLength);
  // Mostly in git's order with the tree first; sometimes shuffled, the tree anywhere.
  const ordered = random() < 0.85 ? [[tree], ...fields] : shuffle(random, [[tree], ...fields]);
  const header = Buffer.concat(ordered.flat().map((line) => Buffer.concat([line, bytes('\n')])));
  const roll = random();
  let raw: Buffer;
  if (roll < 0.75) raw = Buffer.concat([header, bytes('\n'), craftMessage(random)]);
  else if (roll < 0.85) raw = header; // no message at all
  else if (roll < 0.9) raw = header.subarray(0, header.length - 1); // ends inside the header, no newline
  else raw = Buffer.concat([header, bytes('\n')]); // an empty message
  // CRLF line ends throughout, as a repository converted on another system might hold.
  if (random() < 0.05) raw = Buffer.from(raw.toString('latin1').replace(/\n/g, '\r\n'), 'latin1');
  return raw;
}

/** tree, parents, author, committer, a signature block: what git writes, with odd values and one odd line at times. */
function craftUsualCommit(random: Random): Buffer {
  const oidLength = random() < 0.7 ? 40 : 64;
  const lines = [bytes(`tree ${hex(random, oidLength)}`)];
  const parents = Math.floor(random() * 4);
  for (let index = 0; index < parents; index++) {
    lines.push(random() < 0.9 ? bytes(`parent ${hex(random, oidLength)}`) : bytes('parent ', pick(random, ODD_BYTES), pick(random, ['', ' x', '\r'])));
  }
  lines.push(random() < 0.85 ? bytes(`author ${pick(random, NAMES)} <a@b.vn> 1709254800 +0700`) : person(random, 'author'));
  lines.push(random() < 0.85 ? bytes(`committer ${pick(random, NAMES)} <a@b.vn> 1709254800 +0700`) : person(random, 'committer'));
  if (random() < 0.8) {
    const header = random() < 0.8 ? (oidLength === 40 ? 'gpgsig' : 'gpgsig-sha256') : pick(random, ['gpgsig', 'gpgsig-sha256', 'gpgsigx']);
    lines.push(...signatureBlock(random).map((line, index) => (index === 0 ? Buffer.concat([bytes(header), line.subarray(line.indexOf(0x20) === -1 ? line.length : line.indexOf(0x20))]) : line)));
  }
  // Now and then one line that takes the object out of git's layout.
  if (random() < 0.2) {
    const odd = pick(random, [' continued', 'encoding ISO-8859-1', 'mergetag object 0', 'gpgsig-sha256 x', 'gpgsig y', 'x', '']);
    lines.splice(1 + Math.floor(random() * lines.length), 0, bytes(odd));
  }
  const header = Buffer.concat(lines.map((line) => Buffer.concat([line, bytes('\n')])));
  const roll = random();
  if (roll < 0.8) return Buffer.concat([header, bytes('\n'), craftMessage(random)]);
  if (roll < 0.9) return header;
  return Buffer.concat([header, bytes('\n')]);
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}
