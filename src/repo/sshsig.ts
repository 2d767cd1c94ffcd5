// In-process verification of OpenSSH signatures (PROTOCOL.sshsig), the format git writes with gpg.format=ssh.
// Starting ssh-keygen once per commit costs ~11 ms; thousands of signature commits must verify in well under 2 s.
import * as cryptoModule from 'node:crypto';
import { createPublicKey, createHash, verify, type KeyObject } from 'node:crypto';
import {
  ED25519,
  SshFormatError,
  SshWireReader,
  decodeBase64Strict,
  fingerprintOf,
  knownTexts,
  publicKeyFromBlob,
  sshString,
} from './ssh-keys.js';

export type SshHashAlgorithm = 'sha256' | 'sha512';

export interface SshSignature {
  /** Wire-format blob of the signer's public key. */
  publicKey: Buffer;
  namespace: string;
  hashAlgorithm: SshHashAlgorithm;
  /** The raw signature bytes (64 for ed25519). */
  signature: Buffer;
  signatureType: string;
}

export type SshVerification =
  | { ok: true; fingerprint: string; publicKey: Buffer }
  | { ok: false; reason: 'malformed' | 'namespace' | 'bad-signature' | 'unsupported-key'; fingerprint?: string };

const MAGIC = Buffer.from('SSHSIG', 'latin1');
const VERSION = 1;
const ARMOR = /^\s*-----BEGIN SSH SIGNATURE-----\r?\n([\s\S]*?)-----END SSH SIGNATURE-----\s*$/;
const ENVELOPE = { vi: 'Chữ ký SSH', en: 'SSH signature' };
const SIGNATURE_BLOB = { vi: 'Phần chữ ký trong chữ ký SSH', en: 'signature blob inside the SSH signature' };

function malformed(vi: string, en: string): SshFormatError {
  return new SshFormatError('malformed', vi, en);
}

export function parseSshSignature(armored: string): SshSignature {
  return parseSshsigBytes(decodeSshArmor(armored));
}

/** The SSHSIG bytes an armored signature holds. */
export function decodeSshArmor(armored: string): Buffer {
  const armor = ARMOR.exec(armored);
  if (!armor) {
    throw malformed(
      'Chữ ký SSH phải nằm giữa "-----BEGIN SSH SIGNATURE-----" và "-----END SSH SIGNATURE-----".',
      'An SSH signature must sit between "-----BEGIN SSH SIGNATURE-----" and "-----END SSH SIGNATURE-----".',
    );
  }
  return decodeBase64Strict(base64Text(armor[1]), ENVELOPE);
}

const NAMESPACES = knownTexts('git');
const HASHES = knownTexts('sha512', 'sha256');
const SIGNATURE_TYPES = knownTexts(ED25519);

/** The fields of the SSHSIG bytes inside the armor (PROTOCOL.sshsig). */
export function parseSshsigBytes(sshsig: Buffer): SshSignature {
  const reader = new SshWireReader(sshsig, ENVELOPE);
  if (!reader.startsWith(MAGIC)) {
    throw malformed('Chữ ký SSH không bắt đầu bằng "SSHSIG".', 'The SSH signature does not start with "SSHSIG".');
  }
  const version = reader.uint32();
  if (version !== VERSION) {
    throw malformed(`Phiên bản chữ ký SSH ${version} không được hỗ trợ.`, `SSH signature version ${version} is not supported.`);
  }
  // Views into the decoded signature, which is a few hundred bytes and lives no longer than its check.
  const publicKey = reader.string();
  const namespace = reader.text(NAMESPACES);
  reader.skipString(); // reserved: PROTOCOL.sshsig says to ignore it
  const hashAlgorithm = reader.text(HASHES);
  // The signature blob is read in place, without a view of its own.
  const signatureBlobLength = reader.skipString();
  const signatureBlobEnd = reader.offset;
  const signatureBlobStart = signatureBlobEnd - signatureBlobLength;
  reader.expectEnd();
  if (hashAlgorithm !== 'sha256' && hashAlgorithm !== 'sha512') {
    throw malformed(`Thuật toán băm "${hashAlgorithm}" không hợp lệ.`, `Hash algorithm "${hashAlgorithm}" is not allowed.`);
  }
  const inner = new SshWireReader(sshsig, SIGNATURE_BLOB, signatureBlobStart, signatureBlobEnd);
  const signatureType = inner.text(SIGNATURE_TYPES);
  const signature = inner.string();
  inner.expectEnd();
  return { publicKey, namespace, hashAlgorithm, signature, signatureType };
}

/** The armor's base64 without its line breaks and any other whitespace. */
function base64Text(body: string): string {
  // git writes plain line breaks: removing them alone gives the same text whenever nothing else would be removed.
  const joined = body.replaceAll('\n', '');
  return /\s/.test(joined) ? joined.replace(/\s+/g, '') : joined;
}

/** The bytes the signer actually signed: the message is bound through its hash and the namespace. */
export function sshsigSignedData(namespace: string, hashAlgorithm: SshHashAlgorithm, message: Buffer): Buffer {
  const prefix = signedPrefix(namespace, hashAlgorithm);
  const digest = hashOf(hashAlgorithm, message);
  const data = Buffer.allocUnsafe(prefix.length + digest.length);
  prefix.copy(data, 0);
  digest.copy(data, prefix.length);
  return data;
}

// Everything before the message's hash, which thousands of signatures of one repository share: its namespace and
// algorithm are always "git" and "sha512", and the hash's length follows from the algorithm.
let lastPrefix: { namespace: string; hashAlgorithm: string; bytes: Buffer } | undefined;

function signedPrefix(namespace: string, hashAlgorithm: SshHashAlgorithm): Buffer {
  if (lastPrefix?.namespace === namespace && lastPrefix.hashAlgorithm === hashAlgorithm) return lastPrefix.bytes;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(hashAlgorithm === 'sha512' ? 64 : 32, 0);
  const bytes = Buffer.concat([MAGIC, sshString(namespace), sshString(''), sshString(hashAlgorithm), length]);
  lastPrefix = { namespace, hashAlgorithm, bytes };
  return bytes;
}

// crypto.hash (Node 20.12 on) hashes in one call, without a Hash object per message.
const oneShot = (cryptoModule as { hash?: (algorithm: string, data: Buffer, encoding: 'buffer') => Buffer }).hash;

function hashOf(hashAlgorithm: SshHashAlgorithm, message: Buffer): Buffer {
  return oneShot ? oneShot(hashAlgorithm, message, 'buffer') : createHash(hashAlgorithm).update(message).digest();
}

// Fixed DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

type SignerKey =
  | { usable: true; fingerprint: string; keyObject: KeyObject }
  | { usable: false; fingerprint: string; reason: 'malformed' | 'unsupported-key' };

// Thousands of commits come from a few dozen keys: parsing, hashing and importing a key per commit would
// cost more than the signature check itself.
const signerKeys = new Map<string, SignerKey>();

function signerKeyFor(blob: Buffer): SignerKey {
  const cacheKey = blob.toString('latin1');
  let signer = signerKeys.get(cacheKey);
  if (!signer) {
    signer = importSignerKey(blob);
    signerKeys.set(cacheKey, signer);
  }
  return signer;
}

function importSignerKey(blob: Buffer): SignerKey {
  const fingerprint = fingerprintOf(blob);
  try {
    const { key } = publicKeyFromBlob(blob);
    const keyObject = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, key]), format: 'der', type: 'spki' });
    return { usable: true, fingerprint, keyObject };
  } catch (error) {
    if (error instanceof SshFormatError) return { usable: false, fingerprint, reason: error.problem };
    throw error;
  }
}

type Prepared =
  | { done: SshVerification }
  | { done?: undefined; data: Buffer; signature: Buffer; signer: SignerKey & { usable: true }; publicKey: Buffer };

/**
 * A signature to check: the armored text git stores, or the SSHSIG bytes a reader already took out of an armor it
 * found in git's own layout (src/repo/commit-for-history.ts), which decodeSshArmor would have given.
 */
export type SshSignatureSource = { armored: string; sshsig?: undefined } | { sshsig: Buffer; armored?: undefined };

/** Everything before the cryptography, shared by the one-at-a-time and the parallel checks. */
function prepare(source: SshSignatureSource, message: Buffer, namespace: string): Prepared {
  let parsed: SshSignature;
  try {
    parsed = source.sshsig === undefined ? parseSshSignature(source.armored) : parseSshsigBytes(source.sshsig);
  } catch (error) {
    if (error instanceof SshFormatError) return { done: { ok: false, reason: 'malformed' } };
    throw error;
  }
  const signer = signerKeyFor(parsed.publicKey);
  const { fingerprint } = signer;
  if (!signer.usable) return { done: { ok: false, reason: signer.reason, fingerprint } };
  // Like ssh-keygen -Y verify, a signature made for another purpose is refused before any cryptography.
  if (parsed.namespace !== namespace) return { done: { ok: false, reason: 'namespace', fingerprint } };
  if (parsed.signatureType !== ED25519 || parsed.signature.length !== 64) {
    return { done: { ok: false, reason: 'bad-signature', fingerprint } };
  }
  const data = sshsigSignedData(parsed.namespace, parsed.hashAlgorithm, message);
  return { data, signature: parsed.signature, signer, publicKey: parsed.publicKey };
}

function verdict(prepared: Prepared & { done?: undefined }, good: boolean): SshVerification {
  const { fingerprint } = prepared.signer;
  return good ? { ok: true, fingerprint, publicKey: prepared.publicKey } : { ok: false, reason: 'bad-signature', fingerprint };
}

/** `signature`: the armored text, or where the SSHSIG bytes come from (SshSignatureSource). */
export function verifySshSignature(
  signature: string | SshSignatureSource,
  message: Buffer,
  options: { namespace?: string } = {},
): SshVerification {
  const prepared = prepare(typeof signature === 'string' ? { armored: signature } : signature, message, options.namespace ?? 'git');
  if (prepared.done) return prepared.done;
  return verdict(prepared, verify(null, prepared.data, prepared.signer.keyObject, prepared.signature));
}

/**
 * The same checks for many signatures, with the ed25519 work spread over libuv's thread pool so that every
 * core takes part; results come back in the order of `items`.
 */
export function verifySshSignatures(
  items: Array<SshSignatureSource & { message: Buffer }>,
  options: { namespace?: string } = {},
): Promise<SshVerification[]> {
  const namespace = options.namespace ?? 'git';
  // One promise for the batch and a count of the checks still out, not a promise and its resolving functions each.
  return new Promise((resolve, reject) => {
    const verdicts = new Array<SshVerification>(items.length);
    // The one for the loop itself: the batch is not done before every check has been started.
    let waiting = 1;
    const settled = () => {
      if (--waiting === 0) resolve(verdicts);
    };
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      const prepared = prepare(item, item.message, namespace);
      if (prepared.done) {
        verdicts[index] = prepared.done;
        continue;
      }
      waiting++;
      verify(null, prepared.data, prepared.signer.keyObject, prepared.signature, (error, good) => {
        if (error) return reject(error);
        verdicts[index] = verdict(prepared, good);
        settled();
      });
    }
    settled();
  });
}
