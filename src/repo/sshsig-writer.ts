// Writing SSHSIG signatures in-process (PROTOCOL.sshsig), the counterpart of sshsig.ts. Used where thousands
// of signed commits must be made quickly — the benchmark and tests; `giaouoc sign` itself signs through git.

import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { sshsigSignedData } from './sshsig.js';
import { ED25519, SshFormatError, SshWireReader, decodeBase64Strict, publicKeyFromBlob, sshString, type SshPublicKey } from './ssh-keys.js';

export interface SigningPair {
  privateKey: KeyObject;
  publicKey: SshPublicKey;
}

// PKCS#8 header of an Ed25519 private key (RFC 8410); the 32-byte seed follows it.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const KEY_FILE = { vi: 'Tệp khóa bí mật OpenSSH', en: 'OpenSSH private key file' };

/** The key pair inside an unencrypted OpenSSH ed25519 private key file (PROTOCOL.key, cipher "none"). */
export function readUnencryptedPrivateKey(text: string): SigningPair {
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]*?)-----END OPENSSH PRIVATE KEY-----/.exec(text)?.[1];
  if (body === undefined) throw new SshFormatError('malformed', 'Không phải tệp khóa bí mật OpenSSH.', 'Not an OpenSSH private key file.');
  const file = new SshWireReader(decodeBase64Strict(body.replace(/\s+/g, ''), KEY_FILE), KEY_FILE);
  file.bytes('openssh-key-v1\0'.length);
  if (file.text() !== 'none') {
    throw new SshFormatError('malformed', 'Khóa bí mật có mật khẩu; không ký trong tiến trình được.', 'The private key has a passphrase; it cannot sign in-process.');
  }
  file.string(); // kdf name
  file.string(); // kdf options
  file.uint32(); // key count
  const publicKey = publicKeyFromBlob(file.string());
  const section = new SshWireReader(file.string(), KEY_FILE);
  section.uint32();
  section.uint32();
  if (section.text() !== ED25519) throw new SshFormatError('unsupported-key', 'Chỉ hỗ trợ khóa ed25519.', 'Only ed25519 keys are supported.');
  section.string(); // the public key again
  const seed = section.string().subarray(0, 32);
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  return { privateKey, publicKey };
}

/** An armored SSHSIG of `message`, byte for byte what `ssh-keygen -Y sign -n <namespace>` writes (sha512). */
export function writeSshSignature(pair: SigningPair, message: Buffer, namespace = 'git'): string {
  const signature = sign(null, sshsigSignedData(namespace, 'sha512', message), pair.privateKey);
  const envelope = Buffer.concat([
    Buffer.from('SSHSIG'),
    Buffer.from([0, 0, 0, 1]),
    sshString(pair.publicKey.blob),
    sshString(namespace),
    sshString(''),
    sshString('sha512'),
    sshString(Buffer.concat([sshString(ED25519), sshString(signature)])),
  ]).toString('base64');
  const lines = envelope.match(/.{1,70}/g) ?? [];
  return ['-----BEGIN SSH SIGNATURE-----', ...lines, '-----END SSH SIGNATURE-----', ''].join('\n');
}

/** A commit object carrying `armored` as its gpgsig header, in the place git puts it (after committer). */
export function withSignatureHeader(header: string, armored: string, body: string): string {
  return `${header}gpgsig ${armored.trimEnd().split('\n').join('\n ')}\n${body}`;
}
