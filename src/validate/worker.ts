// A worker thread that checks files; the main thread reads and hashes, the workers parse and validate.

import { parentPort } from 'node:worker_threads';
import { checkFile, type FileResult, type FileRole } from './check-file.js';

export interface WorkItem {
  file: string;
  role: FileRole;
  bytes: Uint8Array;
}

parentPort?.on('message', (items: WorkItem[]) => {
  const results: FileResult[] = items.map((item) => checkFile(item.file, item.bytes, item.role));
  parentPort?.postMessage(results);
});
