import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SshFormatError,
  fingerprintOf,
  parsePublicKey,
  publicKeyFromBlob,
  readPrivateKeyPublicHalf,
  sshString,
} from '../../src/repo/ssh-keys.js';
import { parseSshSignature, verifySshSignature } from '../../src/repo/sshsig.js';
import { makeSshKey, makeTempDir, run, type SshTestKey } from './helpers/git-fixture.js';

let dir: string;
let keyA: SshTestKey;
let keyB: SshTestKey;
let locked: SshTestKey;
const message = Buffer.from('Giao ước thi đua năm 2024 giữa các công đoàn cơ sở khối Nội chính.\n');

async function signFile(key: SshTestKey, name: string, content: Buffer, extra: string[] = []): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  await run('ssh-keygen', ['-q', '-Y', 'sign', '-n', 'file', '-f', key.privateKeyPath, ...extra, path]);
  return readFile(`${path}.sig`, 'utf8');
}

/** ssh-keygen's own verdict, without an allowed-signers file: did the signature check out? */
async function sshKeygenAccepts(armored: string, content: Buffer, namespace: string): Promise<boolean> {
  const sigPath = join(dir, 'check.sig');
  await writeFile(sigPath, armored);
  const result = await run('ssh-keygen', ['-Y', 'check-novalidate', '-n', namespace, '-s', sigPath], {
    input: content,
    allowFailure: true,
  });
  return result.code === 0;
}

/** Re-armors an envelope after changing it, the way an attacker or a broken copy would. */
function rearmor(envelope: Buffer): string {
  const lines = envelope.toString('base64').match(/.{1,70}/g) ?? [];
  return ['-----BEGIN SSH SIGNATURE-----', ...lines, '-----END SSH SIGNATURE-----', ''].join('\n');
}

function envelopeOf(armored: string): Buffer {
  return Buffer.from(armored.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

beforeAll(async () => {
  dir = await makeTempDir();
  [keyA, keyB, locked] = await Promise.all([
    makeSshKey(dir, 'cd-bnv'),
    makeSshKey(dir, 'cd-vks'),
    makeSshKey(dir, 'cd-locked', { passphrase: 'secret' }),
  ]);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parsePublicKey', () => {
  it('reads an ssh-keygen public key line with the fingerprint ssh-keygen -l prints', () => {
    for (const key of [keyA, keyB]) {
      const parsed = parsePublicKey(key.publicKeyLine);
      expect(parsed.type).toBe('ssh-ed25519');
      expect(parsed.key).toHaveLength(32);
      expect(parsed.comment).toBe(key.name);
      expect(parsed.fingerprint).toBe(key.fingerprint);
      expect(fingerprintOf(parsed.blob)).toBe(key.fingerprint);
      expect(publicKeyFromBlob(parsed.blob).key.equals(parsed.key)).toBe(true);
    }
    expect(parsePublicKey(keyA.publicKeyLine).fingerprint).not.toBe(keyB.fingerprint);
  });

  it('refuses RSA and ECDSA keys, saying only ed25519 is supported', async () => {
    const rsaPath = join(dir, 'rsa');
    const ecdsaPath = join(dir, 'ecdsa');
    await run('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', rsaPath]);
    await run('ssh-keygen', ['-q', '-t', 'ecdsa', '-N', '', '-f', ecdsaPath]);
    for (const path of [rsaPath, ecdsaPath]) {
      const line = await readFile(`${path}.pub`, 'utf8');
      const error = captureError(() => parsePublicKey(line));
      expect(error).toBeInstanceOf(SshFormatError);
      expect(error.problem).toBe('unsupported-key');
      expect(error.text.en).toMatch(/Only ed25519 SSH keys are supported/);
      expect(error.text.vi).toMatch(/Chỉ hỗ trợ khóa SSH ed25519/);
    }
  });

  it('refuses text that is not a key line with a typed error', () => {
    const [type, encoded] = keyA.publicKeyLine.split(' ');
    const blob = Buffer.from(encoded, 'base64');
    const cases = [
      '',
      'ssh-ed25519',
      `ssh-ed25519 ${encoded.slice(0, 20)}`,
      `ssh-ed25519 ${encoded}!!`,
      `hello ${encoded}`,
      `${type} ${Buffer.concat([blob, Buffer.from([0])]).toString('base64')}`,
      `${type} ${Buffer.concat([sshString('ssh-ed25519'), sshString(Buffer.alloc(31))]).toString('base64')}`,
    ];
    for (const line of cases) {
      const error = captureError(() => parsePublicKey(line));
      expect(error, line).toBeInstanceOf(SshFormatError);
      expect(error.problem, line).toBe('malformed');
    }
  });
});

describe('readPrivateKeyPublicHalf', () => {
  it('returns the public key of an unencrypted key file', async () => {
    const half = readPrivateKeyPublicHalf(await readFile(keyA.privateKeyPath, 'utf8'));
    expect(half.fingerprint).toBe(keyA.fingerprint);
    expect(half.blob.equals(parsePublicKey(keyA.publicKeyLine).blob)).toBe(true);
    expect(half.comment).toBe('cd-bnv');
    expect(half.encrypted).toBe(false);
  });

  it('returns the public key of a passphrase-protected key file without the passphrase', async () => {
    const text = await readFile(locked.privateKeyPath, 'utf8');
    const half = readPrivateKeyPublicHalf(text);
    expect(half.fingerprint).toBe(locked.fingerprint);
    expect(half.encrypted).toBe(true);
    // The same answer as ssh-keygen gives when asked for the public half without a passphrase.
    const fromSshKeygen = await run('ssh-keygen', ['-l', '-f', locked.privateKeyPath], { input: '' });
    expect(fromSshKeygen.stdout.split(' ')[1]).toBe(half.fingerprint);
  });

  it('refuses an unencrypted key file whose header names another key than its private part', async () => {
    const text = await readFile(keyA.privateKeyPath, 'utf8');
    const body = Buffer.from(text.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
    const ownBlob = parsePublicKey(keyA.publicKeyLine).blob;
    const at = body.indexOf(ownBlob);
    parsePublicKey(keyB.publicKeyLine).blob.copy(body, at);
    const swapped = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body.toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`;
    const error = captureError(() => readPrivateKeyPublicHalf(swapped));
    expect(error).toBeInstanceOf(SshFormatError);
    expect(error.text.en).toMatch(/does not match/);
  });

  it('refuses other files with a typed error', async () => {
    for (const text of [keyA.publicKeyLine, '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----']) {
      expect(captureError(() => readPrivateKeyPublicHalf(text))).toBeInstanceOf(SshFormatError);
    }
  });
});

describe('verifySshSignature', () => {
  it('accepts a file signature made by ssh-keygen -Y sign -n file', async () => {
    const armored = await signFile(keyA, 'giao-uoc.yaml', message);
    const parsed = parseSshSignature(armored);
    expect(parsed).toMatchObject({ namespace: 'file', hashAlgorithm: 'sha512', signatureType: 'ssh-ed25519' });
    expect(parsed.signature).toHaveLength(64);
    expect(fingerprintOf(parsed.publicKey)).toBe(keyA.fingerprint);

    const verdict = verifySshSignature(armored, message, { namespace: 'file' });
    expect(verdict).toEqual({ ok: true, fingerprint: keyA.fingerprint, publicKey: parsed.publicKey });
    expect(await sshKeygenAccepts(armored, message, 'file')).toBe(true);
  });

  it('accepts sha256 signatures too', async () => {
    const armored = await signFile(keyB, 'ke-hoach.yaml', message, ['-O', 'hashalg=sha256']);
    expect(parseSshSignature(armored).hashAlgorithm).toBe('sha256');
    expect(verifySshSignature(armored, message, { namespace: 'file' })).toMatchObject({ ok: true, fingerprint: keyB.fingerprint });
  });

  it('refuses a signature made for another namespace, as ssh-keygen does', async () => {
    const armored = await signFile(keyA, 'namespace.yaml', message);
    expect(verifySshSignature(armored, message)).toEqual({ ok: false, reason: 'namespace', fingerprint: keyA.fingerprint });
    expect(await sshKeygenAccepts(armored, message, 'git')).toBe(false);
  });

  it('refuses a changed message and a changed signature byte', async () => {
    const armored = await signFile(keyA, 'bao-cao.yaml', message);
    const changedMessage = Buffer.from(message);
    changedMessage[10] ^= 0x01;
    expect(verifySshSignature(armored, changedMessage, { namespace: 'file' })).toEqual({
      ok: false,
      reason: 'bad-signature',
      fingerprint: keyA.fingerprint,
    });
    expect(await sshKeygenAccepts(armored, changedMessage, 'file')).toBe(false);

    const envelope = envelopeOf(armored);
    envelope[envelope.length - 5] ^= 0x80; // inside the 64 signature bytes, which close the envelope
    const flipped = rearmor(envelope);
    expect(verifySshSignature(flipped, message, { namespace: 'file' })).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await sshKeygenAccepts(flipped, message, 'file')).toBe(false);
  });

  it('calls garbage and cut envelopes malformed instead of throwing', async () => {
    const armored = await signFile(keyA, 'cut.yaml', message);
    const envelope = envelopeOf(armored);
    const garbage = [
      'not a signature',
      '-----BEGIN SSH SIGNATURE-----\n!!!!\n-----END SSH SIGNATURE-----\n',
      rearmor(Buffer.from('SSHSIG')),
      rearmor(Buffer.from('NOTSIG\0\0\0\x01')),
      rearmor(Buffer.concat([envelope, Buffer.from([0])])),
      ...[7, 10, 30, 60, 100, envelope.length - 1].map((length) => rearmor(envelope.subarray(0, length))),
    ];
    for (const text of garbage) {
      expect(verifySshSignature(text, message, { namespace: 'file' }), text).toEqual({ ok: false, reason: 'malformed' });
      expect(captureError(() => parseSshSignature(text))).toBeInstanceOf(SshFormatError);
    }
    const wrongVersion = Buffer.from(envelope);
    wrongVersion.writeUInt32BE(2, 6);
    expect(verifySshSignature(rearmor(wrongVersion), message, { namespace: 'file' })).toMatchObject({ reason: 'malformed' });
  });

  it('reports a signature by a non-ed25519 key as unsupported-key', async () => {
    const ecdsaSigner = join(dir, 'ecdsa-signer');
    await run('ssh-keygen', ['-q', '-t', 'ecdsa', '-N', '', '-f', ecdsaSigner]);
    const armored = await signFile({ ...keyA, privateKeyPath: ecdsaSigner }, 'ecdsa.yaml', message);
    const verdict = verifySshSignature(armored, message, { namespace: 'file' });
    expect(verdict).toMatchObject({ ok: false, reason: 'unsupported-key' });
    expect(verdict.fingerprint).toBe((await run('ssh-keygen', ['-l', '-f', `${ecdsaSigner}.pub`])).stdout.split(' ')[1]);
  });
});

function captureError(action: () => unknown): SshFormatError {
  try {
    action();
  } catch (error) {
    return error as SshFormatError;
  }
  throw new Error('expected an error');
}
