// Preloaded (`node -r`) by the scale benchmark only: node:crypto's asynchronous verify answers "valid" at once,
// without checking anything, so that a timed `giaouoc verify --no-cache` shows what the command costs besides its
// Ed25519 checks (reading the history, digesting the documents, judging, printing). Never part of the CLI.
'use strict';
const crypto = require('node:crypto');
const verify = crypto.verify;
crypto.verify = function instantVerify(algorithm, data, key, signature, callback) {
  if (typeof callback !== 'function') return verify.apply(this, arguments);
  process.nextTick(callback, null, true);
  return undefined;
};
