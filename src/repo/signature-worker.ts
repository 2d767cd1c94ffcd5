// A worker thread of the signature pool (signature-pool.ts): answers each task with signature-jobs.ts.

import { parentPort } from 'node:worker_threads';
import { attempt, digestOne, unpack, verifyOne, type SignatureAnswer, type SignatureTask } from './signature-jobs.js';

parentPort?.on('message', (task: SignatureTask) => {
  const results =
    task.kind === 'verify'
      ? unpack(task.messages).map((message, index) => attempt(() => verifyOne(task.armored[index]!, message)))
      : unpack(task.contents).map((bytes) => attempt(() => digestOne(bytes)));
  parentPort?.postMessage({ id: task.id, results } satisfies SignatureAnswer);
});
