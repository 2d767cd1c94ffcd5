// Spreads file checks over the machine's cores. Workers start before the files are read, so loading the
// checker in each worker overlaps the reading; files go out in small chunks as soon as they are read.
// Small batches stay on the main thread: starting a worker costs more than checking a few dozen files.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { checkFile, type FileResult } from './check-file.js';
import { shareStrings } from '../repo/interner.js';
import { codeCacheFolder } from '../startup/compiled-code.js';
import type { WorkItem } from './worker.js';

const CHUNK = 16;

export interface Checker {
  check(item: WorkItem): Promise<FileResult>;
  close(): Promise<void>;
}

export const inlineChecker: Checker = {
  check: async (item) => checkFile(item.file, item.bytes, item.role),
  close: async () => undefined,
};

interface Queued {
  item: WorkItem;
  resolve: (result: FileResult) => void;
  reject: (error: unknown) => void;
}

/** `share`: one copy of each string the results bring (repo/interner.ts), for a run that keeps many of them. */
export function workerChecker(jobs = availableParallelism(), share?: (text: string) => string): Checker {
  const queue: Queued[] = [];
  const idle: Worker[] = [];
  const inFlight = new Map<Worker, Queued[]>();
  let scheduled = false;
  let failure: unknown;

  const dispatch = () => {
    scheduled = false;
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const chunk = queue.splice(0, CHUNK);
      inFlight.set(worker, chunk);
      worker.postMessage(
        chunk.map((entry) => entry.item),
        chunk.map((entry) => ownBuffer(entry.item)),
      );
    }
  };
  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      setImmediate(dispatch);
    }
  };

  const workers = Array.from({ length: Math.max(1, jobs) }, () => {
    // A young generation of 16 MB: parsing allocates many short-lived nodes, yet a larger one bought no speed on a
    // 10k-document run on a loaded machine (16.7 s against 17.0 s of CPU at 32 MB) and cost each worker its size again in resident memory.
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { codeCache: codeCacheFolder() }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    worker.on('message', (results: FileResult[]) => {
      const chunk = inFlight.get(worker) ?? [];
      inFlight.delete(worker);
      if (share) shareStrings(results, share);
      chunk.forEach((entry, i) => entry.resolve(results[i]));
      idle.push(worker);
      schedule();
    });
    worker.on('error', (error) => {
      failure = error;
      for (const entry of [...(inFlight.get(worker) ?? []), ...queue.splice(0)]) entry.reject(error);
    });
    idle.push(worker);
    return worker;
  });

  return {
    check: (item) =>
      new Promise<FileResult>((resolve, reject) => {
        if (failure) return reject(failure);
        queue.push({ item, resolve, reject });
        schedule();
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The bytes' own ArrayBuffer, copied first when they are a view into a larger shared one. */
function ownBuffer(item: WorkItem): ArrayBuffer {
  const { bytes } = item;
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) item.bytes = new Uint8Array(bytes);
  return item.bytes.buffer as ArrayBuffer;
}
