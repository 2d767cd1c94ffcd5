// Every temporary folder of a test run — the tests' own and those of the git, ssh-keygen, npm, Chromium and
// giaouoc processes they start, which all ask TMPDIR — lives under one folder made for the run and removed when it
// ends, so that test runs do not pile up in the machine's temporary folder (the install walkthrough alone leaves
// 1.6 GB of npm cache and packed tarballs).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => Promise<void> {
  const run = mkdtempSync(join(tmpdir(), 'giaouoc-test-run-'));
  const before = process.env.TMPDIR;
  process.env.TMPDIR = run;
  // Removed without blocking: a synchronous removal of the run's gigabytes stalled the test pool's own shutdown.
  return async () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    await rm(run, { recursive: true, force: true, maxRetries: 3 });
  };
}
