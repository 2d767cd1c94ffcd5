// The commit parser as it was before it read the header in one pass over the bytes, kept verbatim as the reference
// that tests/repo/commit-object-differential.test.ts holds the faster one to. One line differs, marked below; the
// types and the error are the parser's own.

import { CommitFormatError, type CommitObject, type Person } from '../../../src/repo/commit-object.js';

const NEWLINE = 0x0a;
const SPACE = 0x20;

interface Split {
  payload: Buffer;
  signature?: Buffer;
  headerEnd: number;
}

/** git's signature header depends on the repository's hash: "gpgsig" for SHA-1, "gpgsig-sha256" for SHA-256. */
function splitSignature(raw: Buffer, signatureHeader: string): Split {
  const own = Buffer.from(`${signatureHeader} `, 'latin1');
  const anySignature = Buffer.from('gpgsig', 'latin1');
  const payload: Buffer[] = [];
  const signature: Buffer[] = [];
  let inSignature = false;
  let otherSignature = false;
  let line = 0;
  let headerEnd = raw.length;
  while (line < raw.length) {
    const newline = raw.indexOf(NEWLINE, line);
    let next = newline === -1 ? raw.length : newline + 1;
    let signaturePart: Buffer | undefined;
    if (inSignature && raw[line] === SPACE) {
      signaturePart = raw.subarray(line + 1, next);
    } else if (startsWith(raw, line, own)) {
      signaturePart = raw.subarray(line + own.length, next);
      otherSignature = false;
    } else if (startsWith(raw, line, anySignature)) {
      otherSignature = true;
    } else if (otherSignature && raw[line] !== SPACE) {
      otherSignature = false;
    }
    if (signaturePart) {
      signature.push(signaturePart);
      inSignature = true;
    } else {
      if (raw[line] === NEWLINE) {
        headerEnd = line;
        next = raw.length;
      }
      if (!otherSignature) payload.push(raw.subarray(line, next));
      inSignature = false;
    }
    line = next;
  }
  return { payload: Buffer.concat(payload), signature: signature.length ? Buffer.concat(signature) : undefined, headerEnd };
}

function startsWith(buffer: Buffer, at: number, prefix: Buffer): boolean {
  return buffer.length - at >= prefix.length && buffer.compare(prefix, 0, prefix.length, at, at + prefix.length) === 0;
}

function parsePerson(value: string, field: string): Person {
  const match = /^(.*?)\s*<([^>]*)>\s*(\d+)\s+([+-]\d{4})\s*$/.exec(value);
  if (!match) throw new CommitFormatError(`The commit's ${field} line is not "Name <email> seconds +zone": ${value}`);
  return { name: match[1], email: match[2], time: Number(match[3]), tz: match[4] };
}

/** Header fields with continuation lines folded back in (a leading space marks a continuation). */
function readHeaders(header: string): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const line of header.split('\n')) {
    if (line.startsWith(' ') && fields.length > 0) {
      fields[fields.length - 1][1] += `\n${line.slice(1)}`;
      continue;
    }
    const space = line.indexOf(' ');
    fields.push(space === -1 ? [line, ''] : [line.slice(0, space), line.slice(space + 1)]);
  }
  return fields;
}

function decodeMessage(body: Buffer, encoding: string | undefined): string {
  if (encoding) {
    try {
      return new TextDecoder(encoding).decode(body);
    } catch {
      // An encoding name Node does not know: git would show the bytes as they are, and so do we (as UTF-8).
    }
  }
  return body.toString('utf8');
}

export function referenceParseCommitObject(raw: Buffer | string): CommitObject {
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  const firstLine = bytes.subarray(0, Math.max(0, bytes.indexOf(NEWLINE))).toString('latin1');
  const treeMatch = /^tree ([0-9a-f]{40}|[0-9a-f]{64})$/.exec(firstLine);
  if (!treeMatch) throw new CommitFormatError(`A commit object must start with "tree <oid>", not: ${firstLine.slice(0, 80)}`);
  const signatureHeader = treeMatch[1].length === 64 ? 'gpgsig-sha256' : 'gpgsig';

  const { payload, signature, headerEnd } = splitSignature(bytes, signatureHeader);
  const header = bytes.subarray(0, headerEnd).toString('utf8');
  const body = headerEnd < bytes.length ? bytes.subarray(headerEnd + 1) : Buffer.alloc(0);

  const parents: string[] = [];
  let author: Person | undefined;
  let committer: Person | undefined;
  let encoding: string | undefined;
  for (const [name, value] of readHeaders(header)) {
    if (name === 'parent') parents.push(value);
    else if (name === 'author') author ??= parsePerson(value, 'author');
    else if (name === 'committer') committer ??= parsePerson(value, 'committer');
    else if (name === 'encoding') encoding = value;
  }
  if (!author || !committer) throw new CommitFormatError('A commit object must have an author and a committer line.');

  const message = decodeMessage(body, encoding);
  const commit: CommitObject = {
    tree: treeMatch[1],
    parents,
    author,
    committer,
    payload,
    message,
    trailers: referenceParseTrailers(message),
  };
  if (signature) commit.gpgsig = signature.toString('utf8');
  return commit;
}

// ------------------------------------------------------------------------------------------------ trailers

const COMMENT = '#';
// Lines git itself writes; one of them lets a block pass with only 25% trailer lines.
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];

/** git's isalnum() is ASCII-only: a key written with Vietnamese letters is prose to git, so it is here too. */
function isTokenCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x2d;
}

/** Position of ':' after a token of letters, digits and '-', optionally followed by blanks; -1 if none. */
function separatorPosition(line: string): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x3a) return i;
    if (!whitespaceFound && isTokenCharacter(code)) continue;
    if (i !== 0 && (code === 0x20 || code === 0x09)) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

const isBlank = (line: string): boolean => line.trim() === '';
const startsWithSpace = (line: string): boolean => /^\s/.test(line);

/** Index of the first line after the trailing run of blank and comment lines (git's ignore_non_trailer). */
function endOfLogMessage(lines: string[]): number {
  let end = lines.length;
  while (end > 0 && (isBlank(lines[end - 1]) || lines[end - 1].startsWith(COMMENT))) end--;
  return end;
}

/** First line of the trailer block, or `end` when the last paragraph is not one (trailer.c find_trailer_start). */
function trailerBlockStart(lines: string[], end: number): number {
  let endOfTitle = 0;
  while (endOfTitle < end && (lines[endOfTitle].startsWith(COMMENT) || !isBlank(lines[endOfTitle]))) endOfTitle++;

  let onlySpaces = true;
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuations = 0;
  for (let i = end - 1; i >= endOfTitle; i--) {
    const line = lines[i];
    if (line.startsWith(COMMENT)) {
      nonTrailerLines += possibleContinuations;
      possibleContinuations = 0;
      continue;
    }
    if (isBlank(line)) {
      if (onlySpaces) continue;
      nonTrailerLines += possibleContinuations;
      if (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) return i + 1;
      if (trailerLines > 0 && nonTrailerLines === 0) return i + 1;
      return end;
    }
    onlySpaces = false;
    if (GIT_GENERATED_PREFIXES.some((prefix) => line.startsWith(prefix))) {
      trailerLines++;
      possibleContinuations = 0;
      recognizedPrefix = true;
    } else if (separatorPosition(line) >= 1 && !startsWithSpace(line)) {
      trailerLines++;
      possibleContinuations = 0;
    } else if (startsWithSpace(line)) {
      possibleContinuations++;
    } else {
      nonTrailerLines += 1 + possibleContinuations;
      possibleContinuations = 0;
    }
  }
  return end;
}

/** Continuation lines fold into one line with single spaces, as %(trailers:unfold) prints them. */
function unfold(value: string): string {
  return value.replace(/\n\s*/g, ' ').trim();
}

export function referenceParseTrailers(message: string): Record<string, string[]> {
  const lines = message.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const end = endOfLogMessage(lines);
  const start = trailerBlockStart(lines, end);

  const entries: Array<{ key: string; value: string }> = [];
  let last: { key: string; value: string } | undefined;
  for (const line of lines.slice(start, end)) {
    if (line.startsWith(COMMENT)) {
      last = undefined;
      continue;
    }
    if (last && startsWithSpace(line)) {
      last.value += `\n${line}`;
      continue;
    }
    const separator = separatorPosition(line);
    if (separator >= 1) {
      last = { key: line.slice(0, separator).trim(), value: line.slice(separator + 1) };
      entries.push(last);
    } else {
      last = undefined;
    }
  }

  const trailers: Record<string, string[]> = {};
  // The one change: a key named like an Object.prototype member ("constructor") threw here; it is a key like any other.
  for (const { key, value } of entries) (Object.hasOwn(trailers, key) ? trailers[key]! : (trailers[key] = [])).push(unfold(value));
  return trailers;
}
