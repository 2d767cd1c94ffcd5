import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awaitedNumber } from '../../src/numbers/codes.js';
import { withNumber } from '../../src/numbers/insert.js';
import { formatNumber, parseNumber } from '../../src/numbers/number.js';
import { MESSAGES } from '../../src/validate/messages/catalog.js';
import { validateRepository } from '../../src/validate/run.js';
import { exampleRepo, setNumber } from './fixture.js';

describe('parseNumber', () => {
  it('reads the number and the symbol', () => {
    expect(parseNumber('07/KH-CĐBNV')).toEqual({ ok: true, number: { ordinal: 7, symbol: 'KH-CĐBNV' } });
    expect(parseNumber('123/QyĐ-TLĐ')).toEqual({ ok: true, number: { ordinal: 123, symbol: 'QyĐ-TLĐ' } });
    expect(parseNumber('4133/TLĐ-ToC')).toEqual({ ok: true, number: { ordinal: 4133, symbol: 'TLĐ-ToC' } });
    expect(formatNumber({ ordinal: 3, symbol: 'BC-CĐBKHĐT' })).toBe('03/BC-CĐBKHĐT');
  });

  it('says what is wrong and how to write it', () => {
    expect(parseNumber('7/KH-CĐBNV')).toEqual({ ok: false, problem: 'number-leading-zero', suggestion: '07/KH-CĐBNV' });
    expect(parseNumber('007/KH-CĐBNV')).toEqual({ ok: false, problem: 'number-leading-zero', suggestion: '07/KH-CĐBNV' });
    expect(parseNumber('07 / KH-CĐBNV')).toEqual({ ok: false, problem: 'number-spaces', suggestion: '07/KH-CĐBNV' });
    expect(parseNumber('KH-CĐBNV')).toEqual({ ok: false, problem: 'number-form' });
    expect(parseNumber('00/KH-CĐBNV')).toEqual({ ok: false, problem: 'number-form' });
    // Decomposed letters are read as the same number.
    expect(parseNumber('07/KH-CĐBNV'.normalize('NFD'))).toEqual({ ok: true, number: { ordinal: 7, symbol: 'KH-CĐBNV' } });
  });
});

describe('awaitedNumber', () => {
  it('a numbered type without a number is shown how its number begins; a công văn has no type code but a number all the same', () => {
    expect(awaitedNumber({ kind: 'plan' })).toBe('12/KH-…');
    expect(awaitedNumber({ kind: 'report', number: '  ' })).toBe('12/BC-…');
    expect(awaitedNumber({ kind: 'document', type: 'quyet-dinh' })).toBe('12/QĐ-…');
    expect(awaitedNumber({ kind: 'document', type: 'cong-van' })).toBe('12/…');
  });

  it('a document with its number, a compact and a type it does not know await none', () => {
    expect(awaitedNumber({ kind: 'plan', number: '07/KH-CĐBNV' })).toBeUndefined();
    expect(awaitedNumber({ kind: 'document', type: 'cong-van', number: '779/TĐ-CĐBĐ' })).toBeUndefined();
    expect(awaitedNumber({ kind: 'compact' })).toBeUndefined();
    expect(awaitedNumber({ kind: 'document', type: 'giao-uoc-thi-dua' })).toBeUndefined();
    expect(awaitedNumber({ kind: 'document', type: 'quy-che' })).toBeUndefined();
    expect(awaitedNumber({ kind: 'document', type: 'khong-co' })).toBeUndefined();
    expect(awaitedNumber({ kind: 'document', type: { toString: () => 'cong-van' } })).toBeUndefined();
  });
});

describe('withNumber', () => {
  it('fills an empty number line and lets a symbol go, or takes the symbol line’s place; refuses what would change anything else', () => {
    expect(withNumber('kind: document\nnumber:\nsymbol: BB-X\nissuer: a\n', '07/BB-X')).toBe('kind: document\nnumber: 07/BB-X\nissuer: a\n');
    expect(withNumber('kind: document\nissuer: a\nsymbol: BB-X # ghi chú\n', '07/BB-X')).toBe('kind: document\nissuer: a\nnumber: 07/BB-X # ghi chú\n');
    // In a flow mapping the symbol's line holds other fields too: writing over it would lose them.
    expect(withNumber('{kind: document, issuer: a,\nsymbol: BB-X, subject: S,\nyear: 2024}\n', '07/BB-X')).toBe('');
    expect(withNumber('{kind: document, issuer: a,\nsymbol: BB-X, subject: S}\n', '07/BB-X')).toBe('');
  });
});

describe('number rules in validate', () => {
  const codesAt = async (dir: string) => {
    const run = await validateRepository({ cwd: dir, paths: [], cache: false });
    return run.issues.filter((issue) => issue.code.startsWith('number-')).map((issue) => `${issue.file.slice(dir.length + 1)}:${issue.line}:${issue.column} ${issue.code} ${issue.args.fix ?? issue.args.other ?? issue.args.missing ?? ''}`);
  };

  it('accepts the examples, numbered in order from 01', async () => {
    expect(await codesAt(exampleRepo())).toEqual([]);
  });

  it('finds a wrong type code, a foreign issuer code, spaces and a missing leading zero, each where it is', async () => {
    const dir = exampleRepo();
    setNumber(dir, '2024/ke-hoach-cd-bo-khdt.yaml', '01/CV-CĐBKHĐT');
    setNumber(dir, '2024/bao-cao-quy-1-cd-bo-khdt.yaml', '02/BC-CĐBNV');
    setNumber(dir, '2024/bao-cao-quy-2-cd-bo-khdt.yaml', '03 / BC-CĐBKHĐT');
    setNumber(dir, '2024/bao-cao-quy-3-cd-bo-khdt.yaml', '4/BC-CĐBKHĐT');
    expect(await codesAt(dir)).toEqual([
      '2024/bao-cao-quy-1-cd-bo-khdt.yaml:8:9 number-issuer-code 02/BC-CĐBKHĐT',
      '2024/bao-cao-quy-2-cd-bo-khdt.yaml:8:9 number-spaces 03/BC-CĐBKHĐT',
      '2024/bao-cao-quy-3-cd-bo-khdt.yaml:8:9 number-leading-zero 04/BC-CĐBKHĐT',
      '2024/ke-hoach-cd-bo-khdt.yaml:8:9 number-type-code 01/KH-CĐBKHĐT',
    ]);
  });

  it('a symbol beside a number is told to go, where it is; a symbol with spaces is a schema error', async () => {
    const dir = exampleRepo();
    const plan = join(dir, '2024/ke-hoach-cd-bo-khdt.yaml');
    writeFileSync(plan, readFileSync(plan, 'utf8').replace(/^(number:.*\n)/m, '$1symbol: KH-CĐBKHĐT\n'));
    const run = await validateRepository({ cwd: dir, paths: [plan], cache: false });
    const found = run.issues.find((issue) => issue.code === 'number-symbol-unused')!;
    expect(found).toMatchObject({ severity: 'warning', line: 9, column: 9 });
    writeFileSync(plan, readFileSync(plan, 'utf8').replace('symbol: KH-CĐBKHĐT', 'symbol: KH - CĐBKHĐT'));
    const again = await validateRepository({ cwd: dir, paths: [plan], cache: false });
    const errors = again.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.line, issue.column])).toEqual([[9, 9]]);
    expect(MESSAGES[errors[0]!.code]!.vi(errors[0]!.args)).toContain('ký hiệu viết liền, không dấu cách');
  });

  it('finds a repeat (the later document is told) and a gap, across kinds of one issuer', async () => {
    const dir = exampleRepo();
    setNumber(dir, '2024/bao-cao-quy-2-cd-bo-khdt.yaml', '02/BC-CĐBKHĐT');
    setNumber(dir, '2024/bao-cao-quy-4-cd-bo-khdt.yaml', '09/BC-CĐBKHĐT');
    expect(await codesAt(dir)).toEqual([
      '2024/bao-cao-quy-2-cd-bo-khdt.yaml:8:9 number-repeat 2024/bao-cao-quy-1-cd-bo-khdt.yaml',
      '2024/bao-cao-quy-3-cd-bo-khdt.yaml:8:9 number-gap 03',
      '2024/bao-cao-quy-4-cd-bo-khdt.yaml:8:9 number-gap 07–08',
      '2024/cham-diem-cd-bo-khdt.yaml:8:9 number-gap 05',
    ]);
  });

  it('a targeted run still sees the numbers of the files it does not parse', async () => {
    const dir = exampleRepo();
    setNumber(dir, '2024/bao-cao-quy-3-cd-bo-khdt.yaml', '02/BC-CĐBKHĐT');
    const run = await validateRepository({ cwd: dir, paths: ['2024/bao-cao-quy-3-cd-bo-khdt.yaml'], cache: false });
    expect(run.issues.map((issue) => issue.code)).toContain('number-repeat');
  });
});

describe('number findings through the binary', () => {
  it('one Vietnamese sentence with the place and the fix, exit 1; English on request', async () => {
    const { runCli } = await import('../helpers/run-cli.js');
    const dir = exampleRepo();
    setNumber(dir, '2024/ke-hoach-cd-bo-khdt.yaml', '01/CV-CĐBKHĐT');
    const vi = runCli(['validate', '--quiet', '2024/ke-hoach-cd-bo-khdt.yaml'], { cwd: dir });
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('2024/ke-hoach-cd-bo-khdt.yaml:8:9 lỗi kế hoạch mang mã loại “KH”, nhưng số “01/CV-CĐBKHĐT” ghi mã “CV”; hãy sửa thành “01/KH-CĐBKHĐT” [number-type-code]');
    const en = runCli(['validate', '--quiet', '--lang', 'en', '2024/ke-hoach-cd-bo-khdt.yaml'], { cwd: dir });
    expect(en.stdout).toContain('a plan has the type code “KH”, but the number “01/CV-CĐBKHĐT” carries “CV”; write “01/KH-CĐBKHĐT”');
  });
});
