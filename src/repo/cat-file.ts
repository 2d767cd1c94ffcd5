// Reading many git objects through one long-lived `git cat-file --batch` instead of one process per object.
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { GitCommandError, spawnGit, type GitProcessOptions } from './git-process.js';

export interface GitObject {
  oid: string;
  type: string;
  size: number;
  content: Buffer;
}

/**
 * Reads asked together, answered in order: one read() or one readMany(). One entry and one promise per call,
 * not per object, so reading thousands of commits allocates little beyond the objects themselves.
 */
interface PendingReads {
  names: string[];
  /** How many of `names` git has answered. */
  answered: number;
  /** read(): its one answer settles it. */
  one?: (object: GitObject | undefined) => void;
  /** readMany(): the objects found so far, handed over with the last answer. */
  found?: Map<string, GitObject>;
  many?: (found: Map<string, GitObject>) => void;
  reject: (error: Error) => void;
  /** Rejected before its last answer (an ambiguous name): its remaining answers are read and dropped. */
  settled: boolean;
}

// --batch-command (git 2.36) with --buffer answers a whole request in one write, where --batch writes and flushes
// each object: reading 10,000 commits is then about 1,700 reads from the pipe instead of 10,000, each a wake-up
// of the event loop. An older git refuses the option before answering anything, and the reads go to --batch.
const COMMAND_ARGS = ['cat-file', '--batch-command', '--buffer'];
const BATCH_ARGS = ['cat-file', '--batch'];
const USAGE_EXIT = 129;
const NEWLINE = 0x0a;
const SPACE = 0x20;
const MISSING = Buffer.from(' missing', 'latin1');
const AMBIGUOUS = Buffer.from(' ambiguous', 'latin1');
// V8's own search: an answer's first line is a few dozen bytes, for which Buffer.indexOf's call into C++ costs more.
const indexOfByte = Uint8Array.prototype.indexOf;

/**
 * One `git cat-file --batch-command` (or `--batch`) process answering any number of reads. Requests are written as
 * soon as they are asked and answers arrive in the same order, so many reads in flight cost one pipe round trip.
 */
export class CatFileBatch {
  private child!: ChildProcessWithoutNullStreams;
  private args = COMMAND_ARGS;
  private answeredAny = false;
  // Answers come back in request order; `head` avoids Array.shift(), which is O(n) per answer.
  private queue: PendingReads[] = [];
  private head = 0;
  /** Output not yet consumed: a partial header line, or the start of an object whose end has not arrived. */
  private readonly chunks: Buffer[] = [];
  private buffered = 0;
  private header: { oid: string; type: string; size: number } | undefined;
  private stderr = '';
  private failure: Error | undefined;
  private closing = false;
  private readonly exited: Promise<void>;
  private markExited!: () => void;

  constructor(
    private readonly repoDir: string,
    private readonly options: GitProcessOptions = {},
  ) {
    this.exited = new Promise((resolve) => (this.markExited = resolve));
    this.start(COMMAND_ARGS);
  }

  /** The object named `oid` (any name git understands), or undefined when the repository does not have it. */
  read(oid: string): Promise<GitObject | undefined> {
    const refused = this.refusal([oid]);
    if (refused) return Promise.reject(refused);
    return new Promise((resolve, reject) => {
      this.queue.push({ names: [oid], answered: 0, one: resolve, reject, settled: false });
      this.request([oid]);
    });
  }

  /**
   * All found objects by the name they were asked with; missing ones are absent from the map. The names go to git
   * in one write and the answers settle one promise: asking for thousands costs about what asking for one does.
   */
  readMany(oids: string[]): Promise<Map<string, GitObject>> {
    const refused = this.refusal(oids);
    if (refused) return Promise.reject(refused);
    if (oids.length === 0) return Promise.resolve(new Map());
    const names = oids.slice();
    return new Promise((resolve, reject) => {
      this.queue.push({ names, answered: 0, found: new Map(), many: resolve, reject, settled: false });
      this.request(names);
    });
  }

  /** Ends the process and reports a git failure that no read has reported yet. */
  async close(): Promise<void> {
    this.closing = true;
    this.child.stdin.end();
    await this.exited;
    if (this.failure) throw this.failure;
  }

  private start(args: string[]): void {
    const child = spawnGit(this.repoDir, args, this.options);
    this.child = child;
    this.args = args;
    this.stderr = '';
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    // A write after git died raises EPIPE here; the exit handler below reports the real reason.
    child.stdin.on('error', () => undefined);
    child.on('error', (cause) => {
      this.fail(new GitCommandError(args, { stderr: cause.message, cause }));
      this.markExited();
    });
    child.on('close', (code, signal) => {
      if (args === COMMAND_ARGS && code === USAGE_EXIT && !this.answeredAny && this.stderr.includes('batch-command')) {
        this.restartWithBatch();
        return;
      }
      if (code !== 0 || this.head < this.queue.length) {
        this.fail(new GitCommandError(args, { code, signal, stderr: this.stderr || 'git exited early' }));
      }
      this.markExited();
    });
  }

  /** A git older than 2.36: the same requests, none answered yet, to `cat-file --batch`. */
  private restartWithBatch(): void {
    this.start(BATCH_ARGS);
    for (let index = this.head; index < this.queue.length; index++) this.request(this.queue[index]!.names);
    if (this.closing) this.child.stdin.end();
  }

  private request(names: string[]): void {
    if (this.args === BATCH_ARGS) {
      this.child.stdin.write(`${names.join('\n')}\n`);
      return;
    }
    let lines = '';
    for (const name of names) lines += `contents ${name}\n`;
    this.child.stdin.write(`${lines}flush\n`);
  }

  /** Why these names cannot be asked for now; nothing is written to git then. */
  private refusal(names: string[]): Error | undefined {
    if (this.failure) return this.failure;
    if (this.closing) return new Error('CatFileBatch.read() after close()');
    for (const name of names) {
      // A newline would make one name two requests and shift every later answer onto the wrong name.
      if (name.includes('\n') || name.includes('\r') || name.trim() === '') {
        return new Error(`Not an object name: ${JSON.stringify(name)}`);
      }
    }
    return undefined;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (let index = this.head; index < this.queue.length; index++) this.queue[index]!.reject(this.failure);
    this.queue = [];
    this.head = 0;
  }

  private receive(chunk: Buffer): void {
    if (this.failure) return;
    let output = chunk;
    if (this.chunks.length > 0) {
      // An object's bytes are joined only once all of them are here, so a large object is copied once, not per chunk.
      if (this.header && this.buffered + chunk.length < this.header.size + 1) {
        this.chunks.push(chunk);
        this.buffered += chunk.length;
        return;
      }
      this.chunks.push(chunk);
      output = Buffer.concat(this.chunks, this.buffered + chunk.length);
      this.chunks.length = 0;
    }
    const at = this.answer(output, 0);
    this.buffered = output.length - at;
    if (at < output.length) this.chunks.push(at === 0 ? output : output.subarray(at));
  }

  /** Consumes every complete answer in `output` from `at`; returns where the unconsumed rest starts. */
  private answer(output: Buffer, at: number): number {
    while (at < output.length && !this.failure) {
      if (!this.header) {
        const newline = indexOfByte.call(output, NEWLINE, at);
        if (newline === -1) break;
        const lineStart = at;
        at = newline + 1;
        this.answeredAny = true;
        // An object's line ends with its size; only a name git could not resolve ends otherwise.
        const last = output[newline - 1]!;
        const found = last >= 0x30 && last <= 0x39;
        if (!found && endsWith(output, newline, MISSING)) this.settleNext(undefined);
        else if (!found && endsWith(output, newline, AMBIGUOUS)) this.settleNext(null);
        else {
          this.header = parseHeader(output, lineStart, newline);
          if (!this.header) {
            const line = output.toString('utf8', lineStart, Math.min(newline, lineStart + 200));
            this.fail(new GitCommandError(this.args, { stderr: `unexpected answer from git: ${line}` }));
          }
        }
        if (!this.header) continue;
      }
      const { oid, type, size } = this.header;
      // The content is followed by one newline that belongs to the protocol, not to the object.
      if (output.length - at < size + 1) break;
      // Copied so that a kept object does not pin the whole chunk it arrived in.
      const content = Buffer.allocUnsafe(size);
      output.copy(content, 0, at, at + size);
      at += size + 1;
      this.header = undefined;
      this.settleNext({ oid, type, size, content });
    }
    return at;
  }

  /** Gives the next asked name its answer: the object, undefined for missing, null for ambiguous. */
  private settleNext(object: GitObject | undefined | null): void {
    if (this.head >= this.queue.length) return;
    const pending = this.queue[this.head]!;
    const name = pending.names[pending.answered++]!;
    const done = pending.answered === pending.names.length;
    if (done && ++this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    if (pending.settled) return;
    if (object === null) {
      pending.settled = true;
      pending.reject(new Error(`Ambiguous object name: ${name}`));
      return;
    }
    if (pending.found) {
      if (object) pending.found.set(name, object);
      if (done) pending.many!(pending.found);
    } else {
      pending.one!(object);
    }
  }
}

// Byte loops rather than Buffer.compare: these are a few bytes, shorter than the cost of the call.
function sameBytes(output: Buffer, start: number, end: number, expected: Buffer): boolean {
  if (start < 0 || end - start !== expected.length) return false;
  for (let index = 0; index < expected.length; index++) if (output[start + index] !== expected[index]) return false;
  return true;
}

function endsWith(output: Buffer, end: number, suffix: Buffer): boolean {
  return sameBytes(output, end - suffix.length, end, suffix);
}

// The usual types as shared strings rather than one new string per object.
const KNOWN_TYPES = ['commit', 'tree', 'blob', 'tag'].map((name) => ({ name, bytes: Buffer.from(name, 'latin1') }));

function typeName(output: Buffer, start: number, end: number): string {
  for (const { name, bytes } of KNOWN_TYPES) if (sameBytes(output, start, end, bytes)) return name;
  return output.toString('utf8', start, end);
}

/** "<oid> <type> <size>", read from the bytes; anything else is not git's answer and ends the batch. */
function parseHeader(output: Buffer, start: number, end: number): { oid: string; type: string; size: number } | undefined {
  const afterOid = output.indexOf(SPACE, start);
  const afterType = afterOid === -1 || afterOid >= end ? -1 : output.indexOf(SPACE, afterOid + 1);
  let size = afterType === -1 || afterType >= end - 1 ? -1 : 0;
  for (let index = afterType + 1; size >= 0 && index < end; index++) {
    const digit = output[index]! - 0x30;
    size = digit >= 0 && digit <= 9 ? size * 10 + digit : -1;
  }
  if (size < 0 || !Number.isSafeInteger(size)) return undefined;
  return { oid: output.toString('latin1', start, afterOid), type: typeName(output, afterOid + 1, afterType), size };
}
