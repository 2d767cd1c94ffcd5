// The trailers that make a commit a signature, written by `sign` and read by `verify`, and git's reading of a
// message's trailer block (trailer.c), which decides what a commit claims.

export const TRAILER = {
  document: 'Giaouoc-Document',
  party: 'Giaouoc-Party',
  signer: 'Giaouoc-Signer',
  digest: 'Giaouoc-Digest',
} as const;

export interface SignatureClaim {
  /** Path of the document from the document root, as the signer saw it. */
  document: string;
  party: string;
  signer?: string;
  digest?: string;
}

/** The claim a commit makes, or undefined when it does not claim to be a signature at all. */
export function signatureClaim(trailers: Record<string, string[]>): SignatureClaim | undefined {
  const document = trailers[TRAILER.document]?.[0];
  const party = trailers[TRAILER.party]?.[0];
  if (!document || !party) return undefined;
  return { document, party, signer: trailers[TRAILER.signer]?.[0], digest: trailers[TRAILER.digest]?.[0] };
}

export function signatureMessage(title: string, unitName: string, claim: Required<SignatureClaim>): string {
  return [
    `Ký: ${title} — ${unitName}`,
    '',
    `${TRAILER.document}: ${claim.document}`,
    `${TRAILER.party}: ${claim.party}`,
    `${TRAILER.signer}: ${claim.signer}`,
    `${TRAILER.digest}: ${claim.digest}`,
    '',
  ].join('\n');
}

// ------------------------------------------------------------------------------------------------ git's reading

const COMMENT = 0x23;
// Lines git itself writes; one of them lets a block pass with only 25% trailer lines.
const GIT_GENERATED_PREFIXES = ['Signed-off-by: ', '(cherry picked from commit '];
// JavaScript's white space (String.prototype.trim, /\s/), which the blank and continuation tests use.
const WHITE = /\s/;

function isWhite(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && WHITE.test(text[at]!));
}

/** Start of the line that ends at `end` (a newline's index, or the end of the text). */
function lineStart(text: string, end: number): number {
  return end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

// White space other than a newline, up to the line's end.
const BLANKS = /[^\S\n]*/y;

function isBlank(text: string, start: number, end: number): boolean {
  if (start === end) return true;
  if (!isWhite(text, start)) return false;
  BLANKS.lastIndex = start;
  BLANKS.test(text);
  return BLANKS.lastIndex >= end;
}

// git's find_separator: a token of ASCII letters, digits and '-' (git's isalnum() is ASCII-only: a key written with
// Vietnamese letters is prose to git, so it is here too), then blanks only after a token, then ':'. None of these
// characters is a newline, so a match never runs past the line; a separator first on the line is found at 0.
const SEPARATOR = /(?:[A-Za-z0-9-]+[ \t]*)?:/y;

/** Offset in the line starting at `start` of ':' after a token and optional blanks; -1 if none. */
function separator(text: string, start: number): number {
  SEPARATOR.lastIndex = start;
  return SEPARATOR.test(text) ? SEPARATOR.lastIndex - 1 - start : -1;
}

/** Continuation lines fold into one line with single spaces, as %(trailers:unfold) prints them. */
function unfold(value: string): string {
  return value.includes('\n') ? value.replace(/\n\s*/g, ' ').trim() : value.trim();
}

/**
 * Trailers of a commit message, as `git log --format=%(trailers:only,unfold)` sees them. The lines are those of
 * `message.split('\n')` without one final empty line, read from the end: the trailer block is the last paragraph,
 * so a long message costs no more than a short one.
 */
export function parseTrailers(message: string): Record<string, string[]> {
  if (message.length === 0) return {};
  const usual = USUAL_BLOCK.exec(message);
  if (usual) return readUsualBlock(usual[1]!);
  const textEnd = message.charCodeAt(message.length - 1) === 0x0a ? message.length - 1 : message.length;

  // git's ignore_non_trailer: the trailing blank and comment lines are not part of the block.
  let end = textEnd;
  let start = lineStart(message, end);
  while (isBlank(message, start, end) || message.charCodeAt(start) === COMMENT) {
    if (start === 0) return {};
    end = start - 1;
    start = lineStart(message, end);
  }
  const blockEnd = end;

  // git's find_trailer_start: the block is the paragraph after the last blank line, if enough of it is trailers;
  // with no blank line the message is all title. The first line looked at is neither blank nor a comment.
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuations = 0;
  for (;;) {
    const startsWithSpace = start < end && isWhite(message, start);
    if (message.charCodeAt(start) === COMMENT && start < end) {
      nonTrailerLines += possibleContinuations;
      possibleContinuations = 0;
    } else if (isBlank(message, start, end)) {
      nonTrailerLines += possibleContinuations;
      const block = (recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0);
      return block ? readBlock(message, end + 1, blockEnd) : {};
    } else if (message.startsWith(GIT_GENERATED_PREFIXES[0]!, start) || message.startsWith(GIT_GENERATED_PREFIXES[1]!, start)) {
      // No prefix holds a newline, so a match never runs past the line's end.
      trailerLines++;
      possibleContinuations = 0;
      recognizedPrefix = true;
    } else if (separator(message, start) >= 1 && !startsWithSpace) {
      trailerLines++;
      possibleContinuations = 0;
    } else if (startsWithSpace) {
      possibleContinuations++;
    } else {
      nonTrailerLines += 1 + possibleContinuations;
      possibleContinuations = 0;
    }
    if (start === 0) return {};
    end = start - 1;
    start = lineStart(message, end);
  }
}

// The block as `sign` and git write it: after an empty line, to the end, only "Key: value" lines, the key right
// before the ':'. For such a block git's reading is plain: the blank line ends the scan with every line a trailer,
// no line continues another, and each value is trimmed. Any other message is read line by line below. (Each
// attempt stops at the next empty line, so the search stays linear in the message.)
const USUAL_BLOCK = /\n\n((?:[A-Za-z0-9-]+:[^\n]*\n)*[A-Za-z0-9-]+:[^\n]*)\n?$/;

/** The block's lines, each "Key:value" with the key right before its first ':', split without a match object each. */
function readUsualBlock(block: string): Record<string, string[]> {
  const trailers: Record<string, string[]> = {};
  for (let start = 0; start < block.length; ) {
    const newline = block.indexOf('\n', start);
    const end = newline === -1 ? block.length : newline;
    const colon = block.indexOf(':', start);
    const key = block.slice(start, colon);
    const value = block.slice(colon + 1, end).trim();
    if (Object.hasOwn(trailers, key)) trailers[key]!.push(value);
    else trailers[key] = [value];
    start = end + 1;
  }
  return trailers;
}

/** The trailers of the block's lines, message[from, to): a key's values in order, continuations folded. */
function readBlock(message: string, from: number, to: number): Record<string, string[]> {
  const trailers: Record<string, string[]> = {};
  let key: string | undefined;
  let value = '';
  const add = () => {
    if (key === undefined) return;
    // An own property test: a trailer named "constructor" or "toString" is a key like any other.
    if (Object.hasOwn(trailers, key)) trailers[key]!.push(unfold(value));
    else trailers[key] = [unfold(value)];
  };
  for (let start = from; start <= to; ) {
    const newline = message.indexOf('\n', start);
    const end = newline === -1 || newline > to ? to : newline;
    if (message.charCodeAt(start) === COMMENT) {
      add();
      key = undefined;
    } else if (key !== undefined && isWhite(message, start)) {
      value += `\n${message.slice(start, end)}`;
    } else {
      add();
      const colon = separator(message, start);
      if (colon >= 1) {
        key = message.slice(start, start + colon).trim();
        value = message.slice(start + colon + 1, end);
      } else {
        key = undefined;
      }
    }
    start = end + 1;
  }
  add();
  return trailers;
}
