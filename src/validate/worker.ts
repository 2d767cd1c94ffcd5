// A worker thread that checks files; the main thread reads and hashes, the workers parse and validate.

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type FileResult, type FileRole } from './check-file.js';
import { saveCodeCache, useCodeCacheFolder } from '../startup/compiled-code.js';
import { keepYoungGenerationSmall } from '../startup/heap-growth.js';

export interface WorkItem {
  file: string;
  role: FileRole;
  bytes: Uint8Array;
}

// Asked again in each worker before it allocates: the setting the start made reaches a worker's heap only so.
keepYoungGenerationSmall();

// A worker loads the generated validators itself, through the code cache the process uses (pool.ts passes its
// folder). What it had to compile is saved after the batch that loaded it: a worker is stopped, not ended.
useCodeCacheFolder((workerData as { codeCache?: string } | undefined)?.codeCache);

parentPort?.on('message', (items: WorkItem[]) => {
  const results: FileResult[] = items.map((item) => checkFile(item.file, item.bytes, item.role));
  parentPort?.postMessage(results);
  saveCodeCache();
});
