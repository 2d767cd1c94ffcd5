// parseSshsigBytes, which reads the envelope's fields in place, against the parser it replaced
// (tests/repo/support/sshsig-reference.ts): the same fields or the same error for a real envelope cut at every
// length, with every length field and thousands of random bytes changed, and with other namespaces, hashes and types.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeyFromBlob, sshString } from '../../src/repo/ssh-keys.js';
import { decodeSshArmor, parseSshsigBytes } from '../../src/repo/sshsig.js';
import { writeSshSignature } from '../../src/repo/sshsig-writer.js';
import { seededRandom } from '../helpers/seeded-random.js';
import { referenceParseSshsig } from './support/sshsig-reference.js';

function outcome(parse: (envelope: Buffer) => object, envelope: Buffer): string {
  try {
    const parsed = parse(envelope) as Record<string, unknown>;
    return JSON.stringify(Object.entries(parsed).map(([key, value]) => [key, Buffer.isBuffer(value) ? `hex:${value.toString('hex')}` : value]));
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

function expectSame(envelope: Buffer, label: string): string {
  const ours = outcome(parseSshsigBytes, envelope);
  expect(ours, label).toBe(outcome(referenceParseSshsig, envelope));
  return ours;
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
const pair = { privateKey, publicKey: publicKeyFromBlob(Buffer.concat([sshString('ssh-ed25519'), sshString(raw)])) };

function envelope(fields: { namespace?: string; hash?: string; type?: string; reserved?: string } = {}): Buffer {
  const real = decodeSshArmor(writeSshSignature(pair, Buffer.from('nội dung'), fields.namespace ?? 'git'));
  if (!fields.hash && !fields.type && fields.reserved === undefined) return real;
  const inner = Buffer.concat([sshString(fields.type ?? 'ssh-ed25519'), sshString(Buffer.alloc(64, 9))]);
  return Buffer.concat([real.subarray(0, 10), sshString(pair.publicKey.blob), sshString(fields.namespace ?? 'git'), sshString(fields.reserved ?? ''), sshString(fields.hash ?? 'sha512'), sshString(inner)]);
}

describe('parseSshsigBytes and the reference agree', () => {
  it('on real envelopes and ones naming other namespaces, hashes and key types', () => {
    const variants = [
      envelope(),
      envelope({ namespace: 'file' }),
      envelope({ namespace: 'gi' }),
      envelope({ namespace: 'gitx' }),
      envelope({ namespace: 'gït' }),
      envelope({ hash: 'sha256' }),
      envelope({ hash: 'sha384' }),
      envelope({ hash: 'sha51' }),
      envelope({ hash: 'SHA512' }),
      envelope({ type: 'rsa-sha2-512' }),
      envelope({ type: 'ssh-ed25519x' }),
      envelope({ reserved: 'anything' }),
      Buffer.concat([Buffer.from('SSHSIG'), Buffer.from([0, 0, 0, 1]), sshString(pair.publicKey.blob), sshString(Buffer.from([0xff, 0xfe])), sshString(''), sshString('sha512'), sshString(sshString('x'))]),
    ];
    const outcomes = variants.map((variant, index) => expectSame(variant, `variant #${index}`));
    expect(outcomes[0]).toContain('"namespace","git"');
    expect(outcomes.filter((text) => text.startsWith('SshFormatError')).length).toBeGreaterThan(3);
  });

  it('on an envelope cut at every length, with trailing bytes, and with every length field changed', () => {
    const real = envelope();
    for (let length = 0; length <= real.length; length++) expectSame(real.subarray(0, length), `cut at ${length}`);
    expectSame(Buffer.concat([real, Buffer.from([0])]), 'trailing byte');
    // The offsets of the outer fields' lengths, then the inner ones.
    const offsets: number[] = [6];
    for (let at = 10, field = 0; field < 5; field++) {
      offsets.push(at);
      at += 4 + real.readUInt32BE(at);
    }
    const innerStart = offsets.at(-1)! + 4;
    offsets.push(innerStart, innerStart + 4 + real.readUInt32BE(innerStart));
    for (const offset of offsets) {
      for (const value of [0, 1, 3, 4, 63, 64, 65, 0x7fffffff, 0xffffffff, real.readUInt32BE(offset) + 1, real.readUInt32BE(offset) - 1]) {
        const changed = Buffer.from(real);
        changed.writeUInt32BE(value >>> 0, offset);
        expectSame(changed, `length at ${offset} = ${value}`);
      }
    }
  });

  it('on thousands of envelopes with random bytes changed', () => {
    const random = seededRandom(0xe1e);
    const real = envelope();
    for (let index = 0; index < 5000; index++) {
      const changed = Buffer.from(real);
      for (let count = 1 + Math.floor(random() * 3); count > 0; count--) changed[Math.floor(random() * changed.length)] = Math.floor(random() * 256);
      expectSame(changed, `random #${index}: ${changed.toString('hex')}`);
    }
  });
});
