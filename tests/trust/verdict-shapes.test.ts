// A run over a large archive keeps one verdict per signature and one report per document. Built by spreading one
// object into another with further keys, each of them got a hidden class of its own in V8 (about 290 bytes more
// per object: 26 MB for the 90,000 verdicts of 10,000 documents). The verdicts of a run without cache, of a first
// cached run and of remembered reports must share their hidden classes.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { afterEach, describe, expect, test } from 'vitest';
import { inspectSignatures } from '../../src/repo/verify.js';
import { COMPACT, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from '../repo/support/document-repo.js';

const A = 'cd-bo-khcn';
const B = 'cd-bo-ngoai-giao';
const C = 'cd-bo-tu-phap';
// V8 shares the first few spread objects' hidden class and gives each later one its own: more verdicts than that.
const YEARS = [2025, 2026, 2027, 2028];

setFlagsFromString('--allow-natives-syntax');
const sameShape = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: object, b: object) => boolean;

let repo: DocumentRepo;
afterEach(() => repo?.fixture.cleanup());

/** How many of the objects have a hidden class of their own (0 when all share the first one's). */
function ownShapes(objects: object[]): number {
  return objects.filter((object) => !sameShape(objects[0]!, object)).length;
}

describe('verdicts and reports share their hidden classes', () => {
  test('without cache, on a first cached run and from remembered reports', async () => {
    repo = await createDocumentRepo([A, B, C]);
    const compact = await readFile(join(repo.root, COMPACT), 'utf8');
    const copies = YEARS.map((year) => `${year}/giao-uoc-khoi-thi-dua-1.yaml`);
    await repo.fixture.commit({ message: 'Giao ước các năm sau', files: Object.fromEntries(copies.map((file, index) => [file, compact.replaceAll('2024', String(YEARS[index]))])) });
    for (const party of [A, B, C]) await repo.sign(party);
    // The copies are signed by hand-made (but genuinely SSH-signed) commits: `sign` would validate them first.
    for (const document of copies) {
      for (const party of [A, B, C]) await claimSignature(repo, { party, document, digest: await digestOf(repo, document) }, repo.keys.get(party));
    }
    // The check must be able to fail: spread objects with a further key soon get shapes of their own.
    const base = { unit: A, party: true };
    expect(ownShapes(Array.from({ length: 30 }, () => ({ ...base, status: 'valid' })))).toBeGreaterThan(10);

    for (const cache of [false, true, true]) {
      const report = await inspectSignatures({ cwd: repo.root, paths: [], env: repo.env(), cache });
      const signed = report.documents.filter((doc) => doc.relative === COMPACT || copies.includes(doc.relative));
      expect(signed).toHaveLength(5);
      // The compact names more parties than the three that sign here: the others are reported missing.
      const verdicts = signed.flatMap((doc) => doc.parties).filter((verdict) => verdict.status === 'valid');
      expect(verdicts.map((verdict) => verdict.unit).sort()).toEqual([...Array(5).fill(A), ...Array(5).fill(B), ...Array(5).fill(C)]);
      expect(ownShapes(verdicts)).toBe(0);
      expect(ownShapes(report.documents)).toBe(0);
    }
  });
});
