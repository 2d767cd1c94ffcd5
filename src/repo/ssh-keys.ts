// SSH ed25519 public keys as units register them, and the public half of OpenSSH private key files.
// Formats: RFC 4253 §6.6 (key blobs), RFC 8709 (ed25519), OpenSSH PROTOCOL.key (private key container).
import { createHash } from 'node:crypto';
import { EXIT, UserError } from '../errors.js';

export type SshFormatProblem = 'malformed' | 'unsupported-key';

/** Raised for any key or signature text that is not what it claims to be; never a raw RangeError. */
export class SshFormatError extends UserError {
  readonly problem: SshFormatProblem;

  constructor(problem: SshFormatProblem, vi: string, en: string, cause?: unknown) {
    super({ vi, en }, { exitCode: EXIT.findings, cause });
    this.name = 'SshFormatError';
    this.problem = problem;
  }
}

const malformed = (vi: string, en: string): SshFormatError => new SshFormatError('malformed', vi, en);

/** Reads the SSH wire encoding (uint32 lengths, big-endian) with bounds checks on every step. */
export class SshWireReader {
  private at: number;
  private readonly end: number;

  /** `start`, `end`: a part of `buffer` read as if it were all of it, without a view made of it. */
  constructor(
    private readonly buffer: Buffer,
    private readonly what: { vi: string; en: string },
    start = 0,
    end = buffer.length,
  ) {
    this.at = start;
    this.end = end;
  }

  get remaining(): number {
    return this.end - this.at;
  }

  /** Where the next read starts in the buffer. */
  get offset(): number {
    return this.at;
  }

  bytes(length: number): Buffer {
    const start = this.skip(length);
    return this.buffer.subarray(start, start + length);
  }

  /** Passes over `length` bytes, checked as bytes() checks them; where they start. */
  skip(length: number): number {
    if (length > this.remaining) {
      throw malformed(`${this.what.vi} bị cắt cụt.`, `The ${this.what.en} is truncated.`);
    }
    const start = this.at;
    this.at += length;
    return start;
  }

  /** Do the next bytes equal `expected`? They are passed over only if they do. */
  startsWith(expected: Buffer): boolean {
    if (this.remaining < expected.length) return false;
    for (let index = 0; index < expected.length; index++) if (this.buffer[this.at + index] !== expected[index]) return false;
    this.at += expected.length;
    return true;
  }

  uint32(): number {
    if (this.remaining < 4) this.skip(4);
    const value = this.buffer.readUInt32BE(this.at);
    this.at += 4;
    return value;
  }

  string(): Buffer {
    return this.bytes(this.uint32());
  }

  /** Passes over a string; its length (it ends at `offset`). */
  skipString(): number {
    const length = this.uint32();
    this.skip(length);
    return length;
  }

  /**
   * The string decoded as UTF-8; `known`: values it often holds, given back as they are when the bytes are theirs
   * (thousands of signatures name the same namespace, hash and key type), so that nothing is decoded.
   */
  text(known?: readonly KnownText[]): string {
    const length = this.uint32();
    const start = this.skip(length);
    for (const candidate of known ?? []) {
      const { bytes } = candidate;
      if (bytes.length !== length) continue;
      let index = 0;
      while (index < length && this.buffer[start + index] === bytes[index]) index++;
      if (index === length) return candidate.text;
    }
    return this.buffer.toString('utf8', start, start + length);
  }

  expectEnd(): void {
    if (this.remaining !== 0) {
      throw malformed(`${this.what.vi} có dữ liệu thừa ở cuối.`, `The ${this.what.en} has trailing data.`);
    }
  }
}

export interface KnownText {
  text: string;
  bytes: Buffer;
}

export function knownTexts(...texts: string[]): KnownText[] {
  return texts.map((text) => ({ text, bytes: Buffer.from(text, 'utf8') }));
}

export function sshString(value: Buffer | string): Buffer {
  const body = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  return Buffer.concat([length, body]);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Buffer.from(…, 'base64') silently skips junk; key and signature text must be exact. */
export function decodeBase64Strict(text: string, what: { vi: string; en: string }): Buffer {
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    throw malformed(`${what.vi} không phải base64 hợp lệ.`, `The ${what.en} is not valid base64.`);
  }
  return Buffer.from(text, 'base64');
}

export const ED25519 = 'ssh-ed25519';

const KNOWN_OTHER_TYPES = /^(ssh-rsa|ssh-dss|ecdsa-sha2-[\w-]+|sk-[\w.@-]+|ssh-ed448|[\w-]+-cert-v01@openssh\.com|rsa-sha2-\d+)$/;

export interface SshPublicKey {
  type: 'ssh-ed25519';
  /** The raw 32-byte ed25519 point. */
  key: Buffer;
  /** The whole wire-format key blob (what fingerprints and signatures name). */
  blob: Buffer;
  comment?: string;
  /** "SHA256:…", as `ssh-keygen -l` prints it. */
  fingerprint: string;
}

export function fingerprintOf(blob: Buffer): string {
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

function unsupportedKey(type: string): SshFormatError {
  return new SshFormatError(
    'unsupported-key',
    `Chỉ hỗ trợ khóa SSH ed25519; khóa này thuộc loại "${type}". Hãy tạo khóa bằng: ssh-keygen -t ed25519`,
    `Only ed25519 SSH keys are supported; this key is of type "${type}". Create one with: ssh-keygen -t ed25519`,
  );
}

const BLOB = { vi: 'Khóa công khai SSH', en: 'SSH public key' };

export function publicKeyFromBlob(blob: Buffer): SshPublicKey {
  const reader = new SshWireReader(blob, BLOB);
  const type = reader.text();
  if (type !== ED25519) throw unsupportedKey(type);
  const key = reader.string();
  reader.expectEnd();
  if (key.length !== 32) {
    throw malformed('Khóa công khai ed25519 phải dài đúng 32 byte.', 'An ed25519 public key must be exactly 32 bytes.');
  }
  return { type: ED25519, key: Buffer.from(key), blob: Buffer.from(blob), fingerprint: fingerprintOf(blob) };
}

/** One line as in id_ed25519.pub or authorized_keys: "ssh-ed25519 AAAA… comment". */
export function parsePublicKey(line: string): SshPublicKey {
  const match = /^(\S+)\s+(\S+)(?:\s+(.*))?$/.exec(line.trim());
  if (!match) {
    throw malformed(
      'Dòng khóa công khai SSH phải có dạng "ssh-ed25519 AAAA… ghi-chú".',
      'An SSH public key line must look like "ssh-ed25519 AAAA… comment".',
    );
  }
  const [, type, encoded, comment] = match;
  if (type !== ED25519) {
    if (KNOWN_OTHER_TYPES.test(type)) throw unsupportedKey(type);
    throw malformed(
      `Dòng khóa công khai SSH bắt đầu bằng "${type}", không phải loại khóa.`,
      `The SSH public key line starts with "${type}", which is not a key type.`,
    );
  }
  const parsed = publicKeyFromBlob(decodeBase64Strict(encoded, BLOB));
  return comment?.trim() ? { ...parsed, comment: comment.trim() } : parsed;
}

export interface PrivateKeyPublicHalf extends SshPublicKey {
  /** True when the private part is protected by a passphrase; the public half is readable either way. */
  encrypted: boolean;
}

const PRIVATE_KEY = { vi: 'Tệp khóa bí mật OpenSSH', en: 'OpenSSH private key file' };
const PRIVATE_ARMOR = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/;
const AUTH_MAGIC = Buffer.from('openssh-key-v1\0', 'latin1');

/**
 * PROTOCOL.key stores the public keys before the (possibly encrypted) private section, so the public half
 * of a passphrase-protected key can be read without the passphrase.
 */
export function readPrivateKeyPublicHalf(text: string): PrivateKeyPublicHalf {
  const armor = PRIVATE_ARMOR.exec(text);
  if (!armor) {
    throw malformed(
      'Không phải tệp khóa bí mật OpenSSH (thiếu dòng "-----BEGIN OPENSSH PRIVATE KEY-----").',
      'Not an OpenSSH private key file (no "-----BEGIN OPENSSH PRIVATE KEY-----" line).',
    );
  }
  const reader = new SshWireReader(decodeBase64Strict(armor[1].replace(/\s+/g, ''), PRIVATE_KEY), PRIVATE_KEY);
  if (!reader.bytes(AUTH_MAGIC.length).equals(AUTH_MAGIC)) {
    throw malformed('Tệp khóa bí mật OpenSSH có phần đầu sai.', 'The OpenSSH private key file has a wrong header.');
  }
  const cipher = reader.text();
  reader.string(); // kdf name
  reader.string(); // kdf options
  const count = reader.uint32();
  if (count !== 1) {
    throw malformed(
      `Tệp khóa bí mật phải chứa đúng một khóa (có ${count}).`,
      `The private key file must hold exactly one key (it holds ${count}).`,
    );
  }
  const publicKey = publicKeyFromBlob(reader.string());
  const encrypted = cipher !== 'none';
  if (encrypted) return { ...publicKey, encrypted };

  const comment = readUnencryptedComment(reader.string(), publicKey);
  return comment ? { ...publicKey, comment, encrypted } : { ...publicKey, encrypted };
}

/** The unencrypted private section repeats the public key; a mismatch means the file was tampered with. */
function readUnencryptedComment(section: Buffer, publicKey: SshPublicKey): string | undefined {
  const reader = new SshWireReader(section, PRIVATE_KEY);
  if (reader.uint32() !== reader.uint32()) {
    throw malformed('Phần khóa bí mật bị hỏng (checkint khác nhau).', 'The private section is corrupt (checkints differ).');
  }
  const type = reader.text();
  if (type !== ED25519) throw unsupportedKey(type);
  const repeated = reader.string();
  reader.string(); // the 64-byte secret, never needed here
  const comment = reader.text();
  if (!repeated.equals(publicKey.key)) {
    throw malformed(
      'Khóa công khai trong phần bí mật không khớp với phần đầu tệp.',
      'The public key inside the private section does not match the file header.',
    );
  }
  return comment || undefined;
}
