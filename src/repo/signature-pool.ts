// Where signatures are verified and content digests computed: on the main thread for a handful, in worker threads
// on every core for thousands (a cold `verify` of a whole archive). Workers start only when a batch is large enough
// to repay their start-up, and they answer with the very functions the main thread would have run
// (signature-worker.ts); an item a worker could not work out, or a worker that failed, is worked out here again.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CachedContent, CachedVerdict } from './signature-cache.js';
import { digestOne, verifyOne, type Packed, type SignatureAnswer, type SignatureTask } from './signature-jobs.js';

/** Below these a batch costs less on the main thread than starting a worker (~40 ms each). */
export const MIN_SIGNATURES_FOR_WORKERS = 300;
export const MIN_DOCUMENTS_FOR_WORKERS = 40;
// Chunks small enough that both workers stay busy to the end, large enough that messages cost little.
const SIGNATURE_CHUNK = 250;
const DOCUMENT_CHUNK = 20;
// A worker keeps nothing between tasks: what it parses and hashes dies young. A small heap is part of every run's
// peak memory (two of them on two cores), and a young generation of a few MB still holds one chunk's garbage.
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 24 };

export interface SignedItem {
  armored: string;
  message: Uint8Array;
}

export interface SignatureWork {
  verify(items: SignedItem[]): Promise<CachedVerdict[]>;
  digest(contents: Uint8Array[]): Promise<CachedContent[]>;
  /**
   * Ends the workers once the work asked for so far is done; a later batch starts them again. Each worker's heap
   * is tens of MB, which a run should not carry through the long phase that needs no more of them.
   */
  release(): Promise<void>;
  close(): Promise<void>;
}

interface Pending {
  /** Packed only when sent, so that queued work holds its items once, not twice. */
  task: () => SignatureTask;
  inline: () => Array<CachedVerdict | CachedContent>;
  resolve: (results: Array<CachedVerdict | CachedContent>) => void;
  reject: (error: unknown) => void;
}

/**
 * `jobs`: worker threads to use for large batches (default: one per core); 1 or less keeps all work here.
 * `always`: use the workers whatever the batch size (tests of the pool itself).
 */
export function signatureWork(options: { jobs?: number; always?: boolean } = {}): SignatureWork {
  const jobs = options.jobs ?? availableParallelism();
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Pending[] = [];
  const inFlight = new Map<Worker, Pending>();
  let broken = false;
  let closed = false;
  // Workers being ended by release(): their exit is not a failure.
  const ending = new Set<Worker>();
  // Settled when the queue is empty and no worker is busy.
  const whenIdle: Array<() => void> = [];
  const settleIdle = () => {
    if (queue.length > 0 || inFlight.size > 0) return;
    for (const resolve of whenIdle.splice(0)) resolve();
  };
  let nextId = 0;

  const runInline = (pending: Pending) => {
    try {
      pending.resolve(pending.inline());
    } catch (error) {
      pending.reject(error);
    }
  };
  const dispatch = () => {
    while (!broken && idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      inFlight.set(worker, pending);
      const task = pending.task();
      const packed = task.kind === 'verify' ? task.messages : task.contents;
      worker.postMessage(task, [packed.bytes.buffer as ArrayBuffer]);
    }
  };
  // A worker that cannot start or dies leaves its work, and all work after it, to the main thread.
  const fail = () => {
    if (broken) return;
    broken = true;
    const left = [...inFlight.values(), ...queue.splice(0)];
    inFlight.clear();
    for (const worker of workers) void worker.terminate();
    for (const pending of left) runInline(pending);
    settleIdle();
  };
  const start = () => {
    if (workers.length > 0 || broken) return;
    for (let index = 0; index < jobs; index++) {
      const worker = new Worker(new URL('./signature-worker.js', import.meta.url), { resourceLimits: WORKER_HEAP });
      // A pool left open by a failing run must not keep the process alive.
      worker.unref();
      worker.on('message', (answer: SignatureAnswer) => {
        const pending = inFlight.get(worker);
        inFlight.delete(worker);
        idle.push(worker);
        if (pending) {
          const redo = pending.inline;
          try {
            // An item the worker could not work out is worked out here, where its error surfaces as it would inline.
            const results = answer.results.some((result) => result === null) ? redo() : (answer.results as Array<CachedVerdict | CachedContent>);
            pending.resolve(results);
          } catch (error) {
            pending.reject(error);
          }
        }
        dispatch();
        settleIdle();
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && !closed && !ending.has(worker)) fail();
      });
      workers.push(worker);
      idle.push(worker);
    }
  };

  const submit = <T extends CachedVerdict | CachedContent>(task: () => SignatureTask, inline: () => T[]): Promise<T[]> =>
    new Promise<T[]>((resolve, reject) => {
      const pending: Pending = { task, inline, resolve: resolve as Pending['resolve'], reject };
      if (broken) return runInline(pending);
      queue.push(pending);
      start();
      dispatch();
    });

  const useWorkers = (count: number, minimum: number) => jobs > 1 && (options.always || count >= minimum) && !broken;

  return {
    async verify(items) {
      const inline = (part: SignedItem[]) => part.map((item) => verifyOne(item.armored, Buffer.from(item.message.buffer, item.message.byteOffset, item.message.byteLength)));
      if (!useWorkers(items.length, MIN_SIGNATURES_FOR_WORKERS)) return inline(items);
      const parts = chunks(items, SIGNATURE_CHUNK);
      const answers = await Promise.all(
        parts.map((part) => submit<CachedVerdict>(() => ({ id: nextId++, kind: 'verify', armored: part.map((item) => item.armored), messages: pack(part.map((item) => item.message)) }), () => inline(part))),
      );
      return answers.flat();
    },
    async digest(contents) {
      if (!useWorkers(contents.length, MIN_DOCUMENTS_FOR_WORKERS)) return contents.map(digestOne);
      const parts = chunks(contents, DOCUMENT_CHUNK);
      const answers = await Promise.all(parts.map((part) => submit<CachedContent>(() => ({ id: nextId++, kind: 'digest', contents: pack(part) }), () => part.map(digestOne))));
      return answers.flat();
    },
    async release() {
      await new Promise<void>((resolve) => {
        whenIdle.push(resolve);
        settleIdle();
      });
      const ended = workers.splice(0);
      idle.length = 0;
      for (const worker of ended) ending.add(worker);
      await Promise.all(ended.map((worker) => worker.terminate()));
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function chunks<T>(items: T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let index = 0; index < items.length; index += size) parts.push(items.slice(index, index + size));
  return parts;
}

/** Copies the items into one fresh buffer that can be handed to a worker without copying again. */
function pack(items: Uint8Array[]): Packed {
  const bytes = new Uint8Array(items.reduce((total, item) => total + item.byteLength, 0));
  const ends: number[] = [];
  let at = 0;
  for (const item of items) {
    bytes.set(item, at);
    at += item.byteLength;
    ends.push(at);
  }
  return { bytes, ends };
}
