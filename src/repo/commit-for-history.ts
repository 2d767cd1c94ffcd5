// What the history walk keeps of a commit and hands to the signature check, read straight from the object's bytes
// when the object is in git's own layout: tree, parents, author, committer, at most one signature header in its
// usual armor, and a message whose last paragraph is the usual trailer block. Only the fields the walk keeps are
// decoded, and the signature's base64 is decoded where it lies, between the header's continuation spaces.
// Any other object, and anything the quick reading is not sure of, is read by parseCommitObject: the quick reading
// gives what that one would, or nothing.

import { CommitFormatError, isLowerHex, parseCommitObject, parsePerson, SHA1_SIGNATURE, SHA256_SIGNATURE, startsWith, TREE, type Person } from './commit-object.js';
import type { SignedItem } from './signature-pool.js';
import { parseTrailers, signatureClaim, TRAILER, type SignatureClaim } from './trailers.js';

export interface CommitForHistory {
  tree: string;
  parents: string[];
  author: Person;
  /** The author's object itself when both lines are the same bytes. */
  committer: Person;
  /** The message's first line. */
  subject: string;
  claim: SignatureClaim | undefined;
  /** Does the commit carry a signature header at all? */
  signed: boolean;
  /** The signature and the bytes it covers, when asked for and the commit is signed. */
  check?: SignedItem;
}

/** `check`: is the signature wanted (a run that will verify it)? */
export function readCommitForHistory(bytes: Buffer, check: boolean): CommitForHistory {
  return readInGitLayout(bytes, check) ?? fromParsed(bytes, check);
}

function fromParsed(bytes: Buffer, check: boolean): CommitForHistory {
  const commit = parseCommitObject(bytes);
  const { message } = commit;
  const newline = message.indexOf('\n');
  // Every field in the literal, in one order, whichever way the commit was read: objects of one shape.
  return {
    tree: commit.tree,
    parents: commit.parents,
    author: commit.author,
    committer: commit.committer,
    subject: newline === -1 ? message : message.slice(0, newline),
    claim: signatureClaim(commit.trailers),
    signed: commit.gpgsig !== undefined,
    check: check && commit.gpgsig !== undefined ? { armored: commit.gpgsig, message: commit.payload } : undefined,
  };
}

const NEWLINE = 0x0a;
const SPACE = 0x20;
const COLON = 0x3a;
const PAD = 0x3d;
const PARENT = Buffer.from('parent ', 'latin1');
const AUTHOR = Buffer.from('author ', 'latin1');
const COMMITTER = Buffer.from('committer ', 'latin1');
const BEGIN = Buffer.from('-----BEGIN SSH SIGNATURE-----\n', 'latin1');
const END = Buffer.from(' -----END SSH SIGNATURE-----\n', 'latin1');
const indexOfByte = Uint8Array.prototype.indexOf;
const lastIndexOfByte = Uint8Array.prototype.lastIndexOf;

// The value of each base64 character, -1 for any other byte; '=' is told apart by the reader.
const BASE64_VALUE = new Int8Array(256).fill(-1);
[...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].forEach((character, value) => {
  BASE64_VALUE[character.charCodeAt(0)] = value;
});

/** The reading of parseCommitObject for an object in git's own layout, or undefined for any other object. */
export function readInGitLayout(bytes: Buffer, check: boolean): CommitForHistory | undefined {
  const length = bytes.length;
  const treeEnd = indexOfByte.call(bytes, NEWLINE);
  const oidLength = treeEnd - TREE.length;
  if ((oidLength !== 40 && oidLength !== 64) || !startsWith(bytes, 0, TREE) || !isLowerHex(bytes, TREE.length, treeEnd)) return undefined;
  const tree = bytes.toString('latin1', TREE.length, treeEnd);
  let at = treeEnd + 1;
  const parents: string[] = [];
  while (startsWith(bytes, at, PARENT)) {
    const end = at + PARENT.length + oidLength;
    if (bytes[end] !== NEWLINE || !isLowerHex(bytes, at + PARENT.length, end)) return undefined;
    parents.push(bytes.toString('latin1', at + PARENT.length, end));
    at = end + 1;
  }

  if (!startsWith(bytes, at, AUTHOR)) return undefined;
  const authorFrom = at + AUTHOR.length;
  const authorEnd = indexOfByte.call(bytes, NEWLINE, authorFrom);
  if (authorEnd === -1) return undefined;
  const author = personOf(bytes, authorFrom, authorEnd, 'author');
  at = authorEnd + 1;
  if (!author || !startsWith(bytes, at, COMMITTER)) return undefined;
  const committerFrom = at + COMMITTER.length;
  const committerEnd = indexOfByte.call(bytes, NEWLINE, committerFrom);
  if (committerEnd === -1) return undefined;
  const committer = sameBytes(bytes, authorFrom, authorEnd, committerFrom, committerEnd) ? author : personOf(bytes, committerFrom, committerEnd, 'committer');
  at = committerEnd + 1;
  if (!committer) return undefined;

  // Then the header ends (the object, or a blank line), or the own signature header ends it.
  let signature: Armor | undefined;
  let headerEnd = at;
  if (at < length && bytes[at] !== NEWLINE) {
    const own = oidLength === 64 ? SHA256_SIGNATURE : SHA1_SIGNATURE;
    if (!startsWith(bytes, at, own)) return undefined;
    signature = armorAt(bytes, at + own.length);
    if (!signature) return undefined;
    headerEnd = signature.end;
  }

  const messageFrom = headerEnd + 1;
  let subject = '';
  let claim: SignatureClaim | undefined;
  if (messageFrom < length) {
    const subjectEnd = indexOfByte.call(bytes, NEWLINE, messageFrom);
    subject = bytes.toString('utf8', messageFrom, subjectEnd === -1 ? length : subjectEnd);
    const usual = usualClaim(bytes, messageFrom);
    claim = usual === NOT_USUAL ? signatureClaim(parseTrailers(bytes.toString('utf8', messageFrom))) : usual;
  }
  const wanted = check && signature ? { sshsig: decodeArmor(bytes, signature), message: payloadWithout(bytes, at, headerEnd) } : undefined;
  return { tree, parents, author, committer, subject, claim, signed: signature !== undefined, check: wanted };
}

/** parsePerson of the UTF-8 text of bytes[from, to), or undefined where it would throw. */
function personOf(bytes: Buffer, from: number, to: number, field: string): Person | undefined {
  try {
    // Decoding the line alone gives the line of the decoded header: a newline byte is never inside a character.
    return parsePerson(bytes.toString('utf8', from, to), field);
  } catch (error) {
    if (error instanceof CommitFormatError) return undefined;
    throw error;
  }
}

function sameBytes(bytes: Buffer, from: number, to: number, otherFrom: number, otherTo: number): boolean {
  if (to - from !== otherTo - otherFrom) return false;
  for (let index = 0; index < to - from; index++) if (bytes[from + index] !== bytes[otherFrom + index]) return false;
  return true;
}

/** The signature's lines: the one after BEGIN up to the END line, and the end of the header after it. */
interface Armor {
  from: number;
  to: number;
  /** The number of base64 characters, '=' included. */
  characters: number;
  padding: number;
  end: number;
}

/**
 * The armor git writes after the signature header's name, read at `at`: BEGIN, lines of base64 each continued by
 * one space, END, then the header's end. Its text after the continuation spaces are removed is exactly what
 * parseSshSignature's ARMOR and decodeBase64Strict accept, with the lines joined as the base64; anything else,
 * including base64 that strict decoding would refuse, is undefined.
 */
function armorAt(bytes: Buffer, at: number): Armor | undefined {
  if (!startsWith(bytes, at, BEGIN)) return undefined;
  const from = at + BEGIN.length;
  let line = from;
  let characters = 0;
  let padding = 0;
  while (!startsWith(bytes, line, END)) {
    if (bytes[line] !== SPACE) return undefined;
    let index = line + 1;
    for (let code = bytes[index]; code !== NEWLINE; code = bytes[++index]) {
      if (code === undefined) return undefined;
      if (code === PAD) padding++;
      // No character after padding, and only base64 characters.
      else if (padding > 0 || BASE64_VALUE[code]! < 0) return undefined;
    }
    characters += index - line - 1;
    line = index + 1;
  }
  const end = line + END.length;
  if (characters === 0 || characters % 4 !== 0 || padding > 2) return undefined;
  if (end < bytes.length && bytes[end] !== NEWLINE) return undefined;
  return { from, to: line, characters, padding, end };
}

/** The bytes of the armor's base64, the continuation spaces and line ends between its characters skipped. */
function decodeArmor(bytes: Buffer, armor: Armor): Buffer {
  const decoded = Buffer.allocUnsafe((armor.characters / 4) * 3 - armor.padding);
  let bits = 0;
  let count = 0;
  let written = 0;
  for (let index = armor.from; index < armor.to; index++) {
    const value = BASE64_VALUE[bytes[index]!]!;
    if (value < 0) continue;
    // Only the bits not yet written are kept: at most 7 of before and these 6.
    bits = ((bits << 6) | value) & 0x1fff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      decoded[written++] = (bits >> count) & 0xff;
    }
  }
  return decoded;
}

/** The object without its signature lines [from, to): what git hands to the signer. */
function payloadWithout(bytes: Buffer, from: number, to: number): Buffer {
  const payload = Buffer.allocUnsafe(bytes.length - (to - from));
  bytes.copy(payload, 0, 0, from);
  bytes.copy(payload, from, to);
  return payload;
}

const NOT_USUAL = Symbol('not usual');
const CLAIMED = [TRAILER.document, TRAILER.party, TRAILER.signer, TRAILER.digest].map((key) => Buffer.from(key, 'latin1'));
// Where each claimed key's first value is, [from, to) in pairs: one array for every message read.
const claimedAt = new Int32Array(2 * CLAIMED.length);

/**
 * signatureClaim(parseTrailers(message)) for a message (bytes from `from` to the end) whose last paragraph is
 * trailers.ts's usual block, "Key: value" lines only after an empty line, read from the last line up; NOT_USUAL
 * for any other message.
 */
function usualClaim(bytes: Buffer, from: number): SignatureClaim | undefined | typeof NOT_USUAL {
  let end = bytes.length;
  if (bytes[end - 1] === NEWLINE) end--;
  claimedAt.fill(-1);
  for (;;) {
    const newline = end > from ? lastIndexOfByte.call(bytes, NEWLINE, end - 1) : -1;
    // The message's first line, which the usual block never starts with.
    if (newline < from) return NOT_USUAL;
    const start = newline + 1;
    let colon = start;
    while (colon < end && isKeyByte(bytes[colon]!)) colon++;
    if (colon === start || colon === end || bytes[colon] !== COLON) return NOT_USUAL;
    for (let key = 0; key < CLAIMED.length; key++) {
      // Lines are read upwards: an earlier line's value replaces a later one's.
      if (colon - start === CLAIMED[key]!.length && startsWith(bytes, start, CLAIMED[key]!)) {
        claimedAt[2 * key] = colon + 1;
        claimedAt[2 * key + 1] = end;
      }
    }
    if (newline - 1 >= from && bytes[newline - 1] === NEWLINE) break;
    end = newline;
  }
  const document = claimedValue(bytes, 0);
  const party = claimedValue(bytes, 1);
  if (!document || !party) return undefined;
  return { document, party, signer: claimedValue(bytes, 2), digest: claimedValue(bytes, 3) };
}

/** The value as readUsualBlock trims it, without decoding the spaces around it (trim() then has none to cut). */
function claimedValue(bytes: Buffer, key: number): string | undefined {
  let start = claimedAt[2 * key]!;
  let end = claimedAt[2 * key + 1]!;
  if (start === -1) return undefined;
  while (start < end && isAsciiWhite(bytes[start]!)) start++;
  while (end > start && isAsciiWhite(bytes[end - 1]!)) end--;
  return bytes.toString('utf8', start, end).trim();
}

/** The ASCII characters String.prototype.trim removes. */
function isAsciiWhite(code: number): boolean {
  return code === SPACE || (code >= 0x09 && code <= 0x0d);
}

/** [A-Za-z0-9-] */
function isKeyByte(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d;
}
