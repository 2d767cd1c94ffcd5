// The SSHSIG envelope parser as it was before it read its fields in place (a view and a decoded string for each),
// kept as the reference that tests/repo/sshsig-envelope.test.ts holds parseSshsigBytes to.
import { SshFormatError } from '../../../src/repo/ssh-keys.js';
import type { SshSignature } from '../../../src/repo/sshsig.js';

const MAGIC = Buffer.from('SSHSIG', 'latin1');
const ENVELOPE = { vi: 'Chữ ký SSH', en: 'SSH signature' };
const SIGNATURE_BLOB = { vi: 'Phần chữ ký trong chữ ký SSH', en: 'signature blob inside the SSH signature' };
const malformed = (vi: string, en: string) => new SshFormatError('malformed', vi, en);

class Reader {
  private offset = 0;
  constructor(private readonly buffer: Buffer, private readonly what: { vi: string; en: string }) {}
  get remaining(): number {
    return this.buffer.length - this.offset;
  }
  bytes(length: number): Buffer {
    if (length > this.remaining) throw malformed(`${this.what.vi} bị cắt cụt.`, `The ${this.what.en} is truncated.`);
    const slice = this.buffer.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  uint32(): number {
    if (this.remaining < 4) this.bytes(4);
    const value = this.buffer.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
  string(): Buffer {
    return this.bytes(this.uint32());
  }
  text(): string {
    return this.string().toString('utf8');
  }
  expectEnd(): void {
    if (this.remaining !== 0) throw malformed(`${this.what.vi} có dữ liệu thừa ở cuối.`, `The ${this.what.en} has trailing data.`);
  }
}

export function referenceParseSshsig(envelope: Buffer): SshSignature {
  const reader = new Reader(envelope, ENVELOPE);
  if (reader.remaining < MAGIC.length || !reader.bytes(MAGIC.length).equals(MAGIC)) {
    throw malformed('Chữ ký SSH không bắt đầu bằng "SSHSIG".', 'The SSH signature does not start with "SSHSIG".');
  }
  const version = reader.uint32();
  if (version !== 1) throw malformed(`Phiên bản chữ ký SSH ${version} không được hỗ trợ.`, `SSH signature version ${version} is not supported.`);
  const publicKey = reader.string();
  const namespace = reader.text();
  reader.string();
  const hashAlgorithm = reader.text();
  const signatureBlob = reader.string();
  reader.expectEnd();
  if (hashAlgorithm !== 'sha256' && hashAlgorithm !== 'sha512') {
    throw malformed(`Thuật toán băm "${hashAlgorithm}" không hợp lệ.`, `Hash algorithm "${hashAlgorithm}" is not allowed.`);
  }
  const inner = new Reader(signatureBlob, SIGNATURE_BLOB);
  const signatureType = inner.text();
  const signature = inner.string();
  inner.expectEnd();
  return { publicKey, namespace, hashAlgorithm: hashAlgorithm as SshSignature['hashAlgorithm'], signature, signatureType };
}
