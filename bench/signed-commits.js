// The main thread's work per signed commit in `verify --no-cache`, without git and without the Ed25519 checks: the
// commit objects of a repository, read once beforehand, go through what the history's reading does with each (its
// summary fields, its claim, the signature's SSHSIG bytes and the payload) and what precedes each check (the
// envelope's fields and the signed data, sha512 of the payload). A cold pass in a fresh process, as in a user's run,
// then the warm cost per commit, and the bytes allocated per commit. Runs after `npm run build`:
//   node bench/signed-commits.js [--repo DIR --home DIR] [--dist DIR] [--runs 5]
// The default repository is the one signatures.js builds. --dist points at another build's dist/; a build from
// before commit-for-history.js is run as its history ran it (parseCommitObject and parseSshSignature).
// The figures are times on a shared machine: compare them only with a run of the same moment.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WORK, median } from './lib.js';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1];
}

function readObjects(repo, home) {
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' };
  const oids = execFileSync('git', ['rev-list', 'HEAD'], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter(Boolean);
  const output = execFileSync('git', ['cat-file', '--batch'], { cwd: repo, env, input: `${oids.join('\n')}\n`, maxBuffer: 1 << 30 });
  const objects = [];
  for (let at = 0; at < output.length; ) {
    const newline = output.indexOf(0x0a, at);
    const size = Number(output.toString('latin1', at, newline).split(' ')[2]);
    objects.push(Buffer.from(output.subarray(newline + 1, newline + 1 + size)));
    at = newline + 1 + size + 1;
  }
  return objects;
}

async function passFor(dist) {
  const load = (path) => import(pathToFileURL(join(dist, 'repo', path)).href);
  const { parseSshSignature, parseSshsigBytes, sshsigSignedData } = await load('sshsig.js');
  const signed = (signature, payload) => sshsigSignedData(signature.namespace, signature.hashAlgorithm, payload);
  if (existsSync(join(dist, 'repo', 'commit-for-history.js'))) {
    const { readCommitForHistory } = await load('commit-for-history.js');
    return (objects) => {
      for (const bytes of objects) {
        const { check } = readCommitForHistory(bytes, true);
        if (check) signed(check.sshsig ? parseSshsigBytes(check.sshsig) : parseSshSignature(check.armored), check.message);
      }
    };
  }
  const { parseCommitObject } = await load('commit-object.js');
  const { signatureClaim } = await load('trailers.js');
  return (objects) => {
    for (const bytes of objects) {
      const commit = parseCommitObject(bytes);
      signatureClaim(commit.trailers);
      commit.message.slice(0, commit.message.indexOf('\n'));
      if (commit.gpgsig !== undefined) signed(parseSshSignature(commit.gpgsig), commit.payload);
    }
  };
}

async function child(dist, repo, home, passes) {
  const objects = readObjects(repo, home);
  const pass = await passFor(dist);
  const started = performance.now();
  pass(objects);
  const cold = performance.now() - started;
  const warm = [];
  for (let index = 0; index < passes; index++) {
    const from = performance.now();
    pass(objects);
    warm.push(performance.now() - from);
  }
  // Bytes allocated by one more pass, collected or not: V8's sampling heap profiler, one sample per 512 bytes.
  let allocated = null;
  if (passes > 0) {
    const { Session } = await import('node:inspector/promises');
    const session = new Session();
    session.connect();
    await session.post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    pass(objects);
    const { profile } = await session.post('HeapProfiler.stopSampling');
    const total = (node) => node.selfSize + node.children.reduce((sum, each) => sum + total(each), 0);
    allocated = total(profile.head);
    session.disconnect();
  }
  return { commits: objects.length, cold, warmPerCommit: warm.length ? median(warm) / objects.length : null, allocatedPerCommit: allocated === null ? null : allocated / objects.length };
}

const dist = resolve(option('dist', fileURLToPath(new URL('../dist', import.meta.url))));
const repo = resolve(option('repo', join(WORK, 'signatures-1000', 'repo')));
const home = resolve(option('home', join(WORK, 'signatures-1000', 'home')));
if (process.argv.includes('--child')) {
  process.stdout.write(JSON.stringify(await child(dist, repo, home, Number(option('passes', '0')))));
} else {
  if (!existsSync(repo)) throw new Error(`No repository at ${repo}: build it with node bench/signatures.js, or name one with --repo and --home.`);
  const runs = Number(option('runs', '5'));
  const self = fileURLToPath(import.meta.url);
  const spawn = (passes) => {
    const result = spawnSync(process.execPath, [self, '--child', '--dist', dist, '--repo', repo, '--home', home, '--passes', String(passes)], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`signed-commits benchmark child failed: ${result.stderr}`);
    return JSON.parse(result.stdout);
  };
  const colds = [];
  for (let run = 0; run < runs; run++) colds.push(spawn(0).cold);
  const { commits, warmPerCommit, allocatedPerCommit } = spawn(20);
  console.log(`${commits} commit objects of ${repo}, modules of ${dist}`);
  console.log(`cold, fresh process: median ${median(colds).toFixed(1)} ms of ${runs} (${colds.map((ms) => ms.toFixed(0)).join(', ')})`);
  console.log(`warm: ${(warmPerCommit * 1000).toFixed(2)} µs a commit (median of 20 passes)`);
  console.log(`allocated: ${(allocatedPerCommit / 1024).toFixed(2)} KiB a commit (one warm pass)`);
}
