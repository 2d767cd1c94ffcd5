#!/usr/bin/env node
// CommonJS (bin/package.json), like the start it runs: Node's ES module loader is never started.
'use strict';
const { start } = require('../dist/cli/start.cjs');

start(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
}).then((code) => {
  process.exitCode = code;
});
