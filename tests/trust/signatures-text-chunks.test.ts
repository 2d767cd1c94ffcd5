// The text report of verify is written a few hundred documents at a time: the pieces, joined, are the whole report,
// every document once, in order, and the summary counts every party of every piece.
import { describe, expect, test } from 'vitest';
import { signaturesTextChunks } from '../../src/output/signatures-text.js';
import type { DocumentSignatures, PartySignature, SignatureReport } from '../../src/repo/verify.js';

const plain = new Proxy({}, { get: () => (text: string) => text }) as never;

function report(count: number): SignatureReport {
  const documents: DocumentSignatures[] = Array.from({ length: count }, (_, index) => {
    const parties: PartySignature[] = [
      { unit: 'cd-a', status: 'valid', party: true, signedAt: '2024-03-02T08:00:00+07:00', signer: 'Nguyễn Văn A' },
      { unit: 'cd-b', status: index % 7 === 0 ? 'missing' : 'valid', party: true },
    ];
    return { file: `/r/${index}.yaml`, relative: `2024/giao-uoc-${String(index).padStart(4, '0')}.yaml`, digest: 'sha256:x', parties, others: [], complete: index % 7 !== 0, state: index % 7 === 0 ? 'draft' : 'signed' };
  });
  return { root: '/r', documents };
}

describe('verify text report in pieces', () => {
  test('450 documents come in three pieces which, joined, list each document once and count every party', () => {
    const chunks = [...signaturesTextChunks(report(450), { lang: 'vi', paint: plain })];
    expect(chunks).toHaveLength(3);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    const lines = chunks.join('').split('\n');
    const names = lines.filter((line) => line.startsWith('2024/'));
    expect(names).toEqual(Array.from({ length: 450 }, (_, index) => `2024/giao-uoc-${String(index).padStart(4, '0')}.yaml`));
    const missing = Math.ceil(450 / 7);
    expect(lines.at(-2)).toBe(`450 văn bản: ${900 - missing} hợp lệ, ${missing} chưa ký, 0 cần ký lại, 0 không hợp lệ`);
    expect(lines.at(-3)).toBe('');
    expect(lines.filter((line) => line === '')).toHaveLength(2);
  });

  test('a report with no documents is the summary alone', () => {
    expect([...signaturesTextChunks(report(0), { lang: 'en', paint: plain })].join('')).toBe('\n0 documents: 0 valid, 0 missing, 0 stale, 0 invalid\n');
  });
});
