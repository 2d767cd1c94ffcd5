// Signature verification speed: `giaouoc verify` and `giaouoc status` on a repository of 1,000 documents with
// 9,000 signature commits, beside git's own check of the same commits (`git log --format=%G?`, which starts
// ssh-keygen once per commit). The repository is built once, signing in-process, and kept in bench/.work/.
// Runs after `npm run build`:  node bench/signatures.js [--quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentDigest } from '../dist/documents/canonical.js';
import { parseSource } from '../dist/documents/parse.js';
import { readUnencryptedPrivateKey, withSignatureHeader, writeSshSignature } from '../dist/repo/sshsig-writer.js';
import { signatureMessage } from '../dist/repo/trailers.js';
import { PROJECT, WORK, formatMs, timeCommand, emptyCache } from './lib.js';

const EXAMPLES = join(PROJECT, 'examples');
const COMPACT = join(EXAMPLES, '2024', 'giao-uoc-khoi-thi-dua-1.yaml');
const IDENTITY = { name: 'Văn phòng Khối thi đua I', email: 'khoi-1@example.vn' };
const START = 1709254800; // 2024-03-01 08:00 +07:00

export function gitEnv(home) {
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', LC_ALL: 'C' };
  for (const name of Object.keys(env)) if (/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY)$/.test(name)) delete env[name];
  return env;
}

function git(dir, env, args, input) {
  return execFileSync('git', args, { cwd: dir, env, input, maxBuffer: 1 << 30, encoding: 'utf8' });
}

function parties() {
  return parseSource(readFileSync(COMPACT, 'utf8')).value.parties;
}

/** The repository: giaouoc.yaml and 1,000 variants of the 2024 compact, each signed by its nine parties. */
export function buildRepository(dir, documents) {
  const home = join(dir, 'home');
  const repo = join(dir, 'repo');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(home, 'keys'), { recursive: true });
  mkdirSync(join(repo, '.giaouoc', 'keys'), { recursive: true });
  const env = gitEnv(home);
  git(repo, env, ['init', '-q', '-b', 'main']);
  for (const [key, value] of [['user.name', IDENTITY.name], ['user.email', IDENTITY.email], ['commit.gpgSign', 'false'], ['gc.auto', '0']]) {
    git(repo, env, ['config', key, value]);
  }
  writeFileSync(join(repo, 'giaouoc.yaml'), readFileSync(join(EXAMPLES, 'giaouoc.yaml')));
  const units = parties();
  const pairs = new Map();
  const allowed = [];
  for (const unit of units) {
    const file = join(home, 'keys', unit);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `${unit}@giaouoc`, '-f', file]);
    pairs.set(unit, readUnencryptedPrivateKey(readFileSync(file, 'utf8')));
    const line = readFileSync(`${file}.pub`, 'utf8').trim();
    writeFileSync(join(repo, '.giaouoc', 'keys', `${unit}.pub`), `${line}\n`);
    allowed.push(`${IDENTITY.email} namespaces="git" ${line}\n`);
  }
  writeFileSync(join(home, 'allowed_signers'), allowed.join(''));
  git(repo, env, ['config', 'gpg.ssh.allowedSignersFile', join(home, 'allowed_signers')]);

  const template = readFileSync(COMPACT, 'utf8');
  const docs = [];
  for (let i = 0; i < documents; i++) {
    const relative = `${2000 + (i % 25)}/giao-uoc-${String(i).padStart(4, '0')}.yaml`;
    const text = template.replace('subject: Giao ước thi đua năm 2024', `subject: Giao ước thi đua năm 2024, bản ${i + 1}`);
    mkdirSync(join(repo, relative, '..'), { recursive: true });
    writeFileSync(join(repo, relative), text);
    docs.push({ relative, digest: contentDigest(parseSource(text).value) });
  }
  const date = `@${START} +0700`;
  git(repo, env, ['add', '-A']);
  execFileSync('git', ['commit', '-q', '-m', 'Dự thảo các giao ước'], { cwd: repo, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });

  let parent = git(repo, env, ['rev-parse', 'HEAD']).trim();
  const tree = git(repo, env, ['rev-parse', 'HEAD^{tree}']).trim();
  const objects = join(dir, 'objects');
  mkdirSync(objects);
  const paths = [];
  const who = `${IDENTITY.name} <${IDENTITY.email}>`;
  let n = 0;
  for (const doc of docs) {
    for (const unit of units) {
      const when = `${START + 60 + n} +0700`;
      const header = `tree ${tree}\nparent ${parent}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n`;
      const body = `\n${signatureMessage('Giao ước thi đua năm 2024', unit, { document: doc.relative, party: unit, signer: unit, digest: doc.digest })}`;
      const content = Buffer.from(withSignatureHeader(header, writeSshSignature(pairs.get(unit), Buffer.from(header + body)), body));
      parent = createHash('sha1').update(`commit ${content.length}\0`).update(content).digest('hex');
      const path = join(objects, `${n++}`);
      writeFileSync(path, content);
      paths.push(path);
    }
  }
  git(repo, env, ['hash-object', '-t', 'commit', '-w', '--stdin-paths'], `${paths.join('\n')}\n`);
  git(repo, env, ['update-ref', 'refs/heads/main', parent]);
  git(repo, env, ['repack', '-adq']);
  rmSync(objects, { recursive: true, force: true });
  writeFileSync(join(dir, 'ready'), `${documents}\n`);
  return { repo, home, env };
}

/**
 * node:crypto's Ed25519 verification of every signature of the repository and nothing else: the commits are read
 * and the signed data built first, then only the verification is timed, on libuv's thread pool so that every core
 * takes part. The floor a `verify` of these signatures is measured against.
 */
export async function pureEd25519(repo, env, runs = 3) {
  const { verify } = await import('node:crypto');
  const { parseCommitObject } = await import('../dist/repo/commit-object.js');
  const { parseSshSignature, sshsigSignedData } = await import('../dist/repo/sshsig.js');
  const { publicKeyFromBlob } = await import('../dist/repo/ssh-keys.js');
  const { createPublicKey } = await import('node:crypto');
  const oids = git(repo, env, ['rev-list', 'HEAD']).split('\n').filter(Boolean);
  const raw = execFileSync('git', ['cat-file', '--batch'], { cwd: repo, env, input: `${oids.join('\n')}\n`, maxBuffer: 1 << 30 });
  const keys = new Map();
  const items = [];
  for (let at = 0; at < raw.length; ) {
    const newline = raw.indexOf(10, at);
    const size = Number(raw.subarray(at, newline).toString('latin1').split(' ')[2]);
    const commit = parseCommitObject(raw.subarray(newline + 1, newline + 1 + size));
    at = newline + 2 + size;
    if (!commit.gpgsig) continue;
    const signature = parseSshSignature(commit.gpgsig);
    const id = signature.publicKey.toString('hex');
    if (!keys.has(id)) keys.set(id, createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), publicKeyFromBlob(signature.publicKey).key]), format: 'der', type: 'spki' }));
    items.push([sshsigSignedData(signature.namespace, signature.hashAlgorithm, commit.payload), keys.get(id), signature.signature]);
  }
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const good = await Promise.all(items.map(([data, key, sig]) => new Promise((resolve, reject) => verify(null, data, key, sig, (error, ok) => (error ? reject(error) : resolve(ok))))));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (!good.every(Boolean)) throw new Error('pure Ed25519: a signature of the benchmark repository does not verify');
  }
  return { ms: times.sort((a, b) => a - b)[runs >> 1], signatures: items.length };
}

function commandScript(command) {
  const module = pathToFileURL(join(PROJECT, 'dist', 'commands', `${command}.js`)).href;
  const call = command === 'verify' ? "verifyCommand([], { requireComplete: true, format: 'text', lang: 'vi' }, ctx)" : "statusCommand({ lang: 'vi' }, ctx)";
  return `import { ${command}Command } from '${module}';
let out = '';
const ctx = { cwd: process.cwd(), env: process.env, stdout: { write: (s) => (out += s) }, stderr: { write: (s) => process.stderr.write(s) } };
process.exitCode = await ${call};
process.stdout.write(out.split('\\n').filter(Boolean).at(-1) + '\\n');`;
}

export async function runSignatureBench({ quick = false, documents = quick ? 200 : 1000, runs = 3, gitSample = quick ? 100 : 300 } = {}) {
  const dir = join(WORK, `signatures-${documents}`);
  const started = Date.now();
  const cached = existsSync(join(dir, 'ready'));
  const built = cached ? { repo: join(dir, 'repo'), home: join(dir, 'home'), env: gitEnv(join(dir, 'home')) } : buildRepository(dir, documents);
  const buildNote = cached ? '' : ` (repository built in ${formatMs(Date.now() - started)})`;
  const signatures = documents * parties().length;
  const rows = [];
  const cacheDir = join(dir, 'cache');
  const env = { ...built.env, NO_COLOR: '1', GIAOUOC_CACHE_DIR: cacheDir };
  const cold = () => emptyCache(cacheDir);
  const goal = (limit) => (documents === 1000 ? { goal: `< ${formatMs(limit)}` } : {});
  const met = (ms, limit) => (documents === 1000 ? ms < limit : undefined);
  const time = (command, options) => {
    const timed = timeCommand(process.execPath, ['--input-type=module', '-e', commandScript(command)], { cwd: built.repo, env, runs, ...options });
    if (timed.result.status !== 0) throw new Error(`${command} failed: ${timed.result.stdout}${timed.result.stderr}`);
    if (command === 'verify' && !timed.result.stdout.includes(`${signatures} hợp lệ`)) throw new Error(`verify did not find ${signatures} valid signatures: ${timed.result.stdout}`);
    return timed.ms;
  };

  const sample = timeCommand('git', ['log', '-n', String(gitSample), '--format=%G?'], { cwd: built.repo, env, runs: 1 });
  const verdicts = sample.result.stdout.trim().split('\n');
  if (verdicts.some((verdict) => verdict !== 'G' && verdict !== 'N')) throw new Error(`git does not accept the signatures: ${verdicts.slice(0, 5)}`);
  const gitTotal = (sample.ms / gitSample) * signatures;
  const gitCompare = `git log --format=%G?: ${formatMs(gitTotal)} (${(sample.ms / gitSample).toFixed(1)} ms per commit × ${signatures}, from ${gitSample})`;
  const what = `${documents} documents, ${signatures} signature commits`;

  const verifyCold = time('verify', { before: cold });
  rows.push({ name: `verify --require-complete, no cache: ${what}${buildNote}`, value: formatMs(verifyCold), compare: gitCompare, ratio: `${(gitTotal / verifyCold).toFixed(0)}× faster` });
  const verifyWarm = time('verify');
  rows.push({ name: `verify --require-complete, cache of verdicts and digests: ${what}`, value: formatMs(verifyWarm), compare: gitCompare, ratio: `${(gitTotal / verifyWarm).toFixed(0)}× faster`, ...goal(2000), ok: met(verifyWarm, 2000) });
  const statusCold = time('status', { before: cold });
  rows.push({ name: `status, no cache: ${what}`, value: formatMs(statusCold) });
  time('verify', { runs: 1 });
  const statusWarm = time('status');
  rows.push({ name: `status, cache of verdicts and digests: ${what}`, value: formatMs(statusWarm), ...goal(1000), ok: met(statusWarm, 1000) });
  return rows;
}

// `node -e` and other importers have no script path in argv[1]: run the table only when this file is the script.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { markdownTable } = await import('./lib.js');
  const rows = await runSignatureBench({ quick: process.argv.includes('--quick') });
  process.stdout.write(`${markdownTable(rows)}\n`);
}
