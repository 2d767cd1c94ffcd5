// Spreads file checks over the machine's cores. Small batches stay on the main thread:
// starting a worker costs more than checking a few dozen files.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFile, type FileResult } from './check-file.js';
import type { WorkItem } from './worker.js';

const MIN_FILES_FOR_WORKERS = 150;
const CHUNK = 32;

export async function checkFiles(items: WorkItem[], jobs = availableParallelism()): Promise<FileResult[]> {
  if (items.length < MIN_FILES_FOR_WORKERS || jobs <= 1) return items.map((item) => checkFile(item.file, item.bytes, item.role));
  const results: FileResult[] = new Array(items.length);
  let next = 0;
  const workerCount = Math.min(jobs, Math.ceil(items.length / CHUNK));
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      let start = 0;
      const send = () => {
        if (next >= items.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        start = next;
        const chunk = items.slice(start, start + CHUNK);
        next += chunk.length;
        worker.postMessage(chunk, chunk.map((item) => ownBuffer(item)));
      };
      worker.on('message', (chunkResults: FileResult[]) => {
        chunkResults.forEach((result, i) => (results[start + i] = result));
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: workerCount }, runWorker));
  return results;
}

/** The bytes' own ArrayBuffer, copied first when they are a view into a larger shared one. */
function ownBuffer(item: WorkItem): ArrayBuffer {
  const { bytes } = item;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) item.bytes = new Uint8Array(bytes);
  return item.bytes.buffer as ArrayBuffer;
}
