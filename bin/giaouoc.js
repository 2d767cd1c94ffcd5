#!/usr/bin/env node
import { start } from '../dist/cli/start.js';

process.exitCode = await start(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  stdin: process.stdin,
});
