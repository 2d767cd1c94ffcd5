import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/run-cli.js';
import { envFor, exampleRepo, git, read, stripNumber } from './fixture.js';

const REPORTS = ['2024/bao-cao-quy-1-cd-bo-khdt.yaml', '2024/bao-cao-quy-2-cd-bo-khdt.yaml', '2024/bao-cao-quy-3-cd-bo-khdt.yaml', '2024/bao-cao-quy-4-cd-bo-khdt.yaml'];

describe('cap-so', () => {
  it('gives the next number, keeps the comments and commits the file alone with its trailers', () => {
    // The last two numbers of 2024 taken away: the report gets 05, and no number is skipped.
    const dir = exampleRepo(['2024/bao-cao-quy-4-cd-bo-khdt.yaml', '2024/cham-diem-cd-bo-khdt.yaml']);
    const before = read(dir, '2024/bao-cao-quy-4-cd-bo-khdt.yaml');
    // Something else staged must not slip into the numbering commit.
    appendFileSync(`${dir}/giaouoc.yaml`, '# ghi chú\n');
    git(dir, ['add', '-A']);
    const result = runCli(['cap-so', '2024/bao-cao-quy-4-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Đã cấp số 05\/BC-CĐBKHĐT cho 2024\/bao-cao-quy-4-cd-bo-khdt.yaml: commit [0-9a-f]{7}\n$/);
    const after = read(dir, '2024/bao-cao-quy-4-cd-bo-khdt.yaml');
    expect(after).toBe(before.replace(/^issuer: cd-bo-khdt$/m, 'issuer: cd-bo-khdt\nnumber: 05/BC-CĐBKHĐT'));
    expect(after.split('\n').filter((line) => line.startsWith('#')).length).toBeGreaterThan(0);
    expect(git(dir, ['show', '--name-only', '--format=%B', 'HEAD'])).toContain('Giaouoc-Number: 05/BC-CĐBKHĐT\nGiaouoc-Number-Year: 2024');
    expect(git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('2024/bao-cao-quy-4-cd-bo-khdt.yaml');
    expect(git(dir, ['status', '--porcelain']).trim()).toBe('M  giaouoc.yaml');
    expect(runCli(['validate'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
  });

  it('puts the number in place of the symbol written for the blank when they agree; refuses, writing nothing, when they do not', () => {
    const path = '2024/bao-cao-quy-4-cd-bo-khdt.yaml';
    const dir = exampleRepo([path, '2024/cham-diem-cd-bo-khdt.yaml']);
    const withSymbol = (symbol: string) => read(dir, path).replace(/^issuer: cd-bo-khdt$/m, `issuer: cd-bo-khdt\nsymbol: ${symbol} # như bản gốc`);
    const other = withSymbol('BCTĐ-CĐBKHĐT');
    writeFileSync(`${dir}/${path}`, other);
    git(dir, ['commit', '-qam', 'Ký hiệu riêng']);
    const head = git(dir, ['rev-parse', 'HEAD']);
    const refused = runCli(['cap-so', path], { cwd: dir, env: envFor(dir) });
    expect(refused.stderr).toBe(`giaouoc: văn bản ${path} ghi ký hiệu “BCTĐ-CĐBKHĐT” (dòng 8), còn số cấp theo mã loại và mã đơn vị có ký hiệu “BC-CĐBKHĐT”; hãy sửa dòng “symbol” thành “BC-CĐBKHĐT” hoặc xóa nó rồi cấp số\n`);
    expect(refused.code).toBe(1);
    expect(read(dir, path)).toBe(other);
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
    const before = read(dir, path).replace('BCTĐ-CĐBKHĐT', 'BC-CĐBKHĐT');
    writeFileSync(`${dir}/${path}`, before);
    git(dir, ['commit', '-qam', 'Ký hiệu theo NĐ 30']);
    const result = runCli(['cap-so', path], { cwd: dir, env: envFor(dir) });
    expect(result.code).toBe(0);
    expect(read(dir, path)).toBe(before.replace('symbol: BC-CĐBKHĐT # như bản gốc', 'number: 05/BC-CĐBKHĐT # như bản gốc'));
    expect(runCli(['validate'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
  });

  it('refuses a document already numbered, and one that does not validate, writing nothing', () => {
    const dir = exampleRepo(['2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    const numbered = runCli(['number', '2024/bao-cao-quy-1-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) });
    expect(numbered.code).toBe(1);
    expect(numbered.stderr).toBe('giaouoc: văn bản 2024/bao-cao-quy-1-cd-bo-khdt.yaml đã có số 02/BC-CĐBKHĐT (dòng 8); mỗi văn bản chỉ cấp số một lần — muốn đánh lại thì xóa dòng “number” trước\n');
    const path = '2024/bao-cao-quy-4-cd-bo-khdt.yaml';
    const broken = read(dir, path).replace('issuer: cd-bo-khdt', 'issuer: cd-bo-khdtt');
    writeFileSync(`${dir}/${path}`, broken);
    const head = git(dir, ['rev-parse', 'HEAD']);
    const invalid = runCli(['cap-so', path, '--lang', 'en'], { cwd: dir, env: envFor(dir) });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^giaouoc: 2024\/bao-cao-quy-4-cd-bo-khdt.yaml does not validate \(\d+ errors\); run `giaouoc validate/);
    expect(read(dir, path)).toBe(broken);
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
  });

  it('never gives one number twice when runs overlap (real processes)', async () => {
    const dir = exampleRepo(REPORTS);
    const runs = REPORTS.map(
      (file) =>
        new Promise<{ code: number | null; out: string }>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'cap-so', file], { cwd: dir, env: { PATH: process.env.PATH, ...envFor(dir), GIAOUOC_CACHE_DIR: `${dir}/.cache-${file.length}` } });
          let out = '';
          child.stdout.on('data', (chunk) => (out += chunk));
          child.stderr.on('data', (chunk) => (out += chunk));
          child.on('close', (code) => resolve({ code, out }));
        }),
    );
    const results = await Promise.all(runs);
    expect(results.map((result) => result.code)).toEqual([0, 0, 0, 0]);
    const numbers = REPORTS.map((file) => /^number: (.*)$/m.exec(read(dir, file))?.[1]).sort();
    expect(numbers).toEqual(['07/BC-CĐBKHĐT', '08/BC-CĐBKHĐT', '09/BC-CĐBKHĐT', '10/BC-CĐBKHĐT']);
    // Four commits in one line of history, each numbering one document.
    expect(git(dir, ['log', '--format=%(trailers:key=Giaouoc-Number,valueonly)', '-4']).trim().split(/\n+/).sort()).toEqual(numbers);
    expect(git(dir, ['status', '--porcelain', '--untracked-files=no']).trim()).toBe('');
  }, 60_000);

  it('does not give again a number whose document was deleted', () => {
    const dir = exampleRepo(['2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    expect(runCli(['cap-so', '2024/bao-cao-quy-4-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
    git(dir, ['rm', '-q', '2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    git(dir, ['commit', '-qm', 'Thu hồi báo cáo quý IV']);
    stripNumber(dir, '2024/bao-cao-quy-3-cd-bo-khdt.yaml');
    const again = runCli(['cap-so', '2024/bao-cao-quy-3-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) });
    expect(again.stdout).toContain('08/BC-CĐBKHĐT');
  });
});

describe('cap-so and signatures', () => {
  it('refuses to number what a party has signed as it stands, unless --force; sign says a number given later voids it', () => {
    const dir = exampleRepo(['2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    const report = '2024/bao-cao-quy-4-cd-bo-khdt.yaml';
    // The key lives outside the repository, as `key new` keeps it.
    const env = { ...envFor(dir), HOME: mkdtempSync(join(tmpdir(), 'giaouoc-numbers-home-')) };
    expect(runCli(['key', 'new', 'cd-bo-khdt'], { cwd: dir, env }).code).toBe(0);
    const signed = runCli(['sign', report, '--as', 'cd-bo-khdt'], { cwd: dir, env });
    expect(signed.code).toBe(0);
    expect(signed.stderr).toBe(
      'giaouoc: văn bản chưa có số; số là một phần nội dung được ký, nên cấp số sau này (`giaouoc cap-so`) làm chữ ký này mất hiệu lực — văn bản cần số thì hãy cấp số trước khi các bên ký\n',
    );
    const before = read(dir, report);
    const head = git(dir, ['rev-parse', 'HEAD']);
    const refused = runCli(['cap-so', report], { cwd: dir, env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `giaouoc: văn bản ${report} đã được Công đoàn Bộ Kế hoạch và Đầu tư ký đúng nội dung hiện tại; số là một phần nội dung được ký nên cấp số bây giờ làm chữ ký ấy mất hiệu lực — hãy cấp số trước khi ký, hoặc thêm --force để vẫn cấp số rồi ký lại\n`,
    );
    expect(read(dir, report)).toBe(before);
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
    const forced = runCli(['cap-so', report, '--force'], { cwd: dir, env });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('07/BC-CĐBKHĐT');
    const verify = runCli(['verify', report], { cwd: dir, env });
    expect(verify.stdout).toMatch(/cần ký lại\s+Công đoàn Bộ Kế hoạch và Đầu tư[^\n]*\n\s+Thêm số văn bản/);
    // A numbered document is signed without the note.
    const again = runCli(['sign', report, '--as', 'cd-bo-khdt'], { cwd: dir, env });
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
  });
});

describe('a gap', () => {
  const gaps = (dir: string) => {
    const result = runCli(['validate', '--quiet'], { cwd: dir, env: envFor(dir) });
    return { code: result.code, gaps: [...result.stdout.matchAll(/^(\S+) lỗi trước số “([^”]+)”, số (\S+) năm/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`) };
  };

  it('is an error unless cap-so gave the skipped number to a document deleted since (real git history)', () => {
    // 05 (the fourth-quarter report) is taken away: the scoring sheet's 06 skips it.
    const dir = exampleRepo(['2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    expect(gaps(dir)).toEqual({ code: 1, gaps: ['2024/cham-diem-cd-bo-khdt.yaml:8:9 06/CĐBKHĐT 05'] });
    // cap-so gives the report 07; the gap before 06 stays (05 was never given).
    expect(runCli(['cap-so', '2024/bao-cao-quy-4-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
    expect(gaps(dir).gaps).toEqual(['2024/cham-diem-cd-bo-khdt.yaml:8:9 06/CĐBKHĐT 05']);
    // The third-quarter report (04) is renumbered by cap-so (08), then withdrawn: 04 was never given by cap-so,
    // so it is still a gap; 07 and 08 were, so deleting the report that held 07 leaves none.
    stripNumber(dir, '2024/bao-cao-quy-3-cd-bo-khdt.yaml');
    git(dir, ['commit', '-qam', 'Bỏ số báo cáo quý III']);
    expect(runCli(['cap-so', '2024/bao-cao-quy-3-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) }).stdout).toContain('08/BC-CĐBKHĐT');
    git(dir, ['rm', '-q', '2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    git(dir, ['commit', '-qm', 'Thu hồi báo cáo quý IV']);
    expect(gaps(dir).gaps).toEqual(['2024/cham-diem-cd-bo-khdt.yaml:8:9 06/CĐBKHĐT 04–05']);
  });

  it('is accounted for by numbers giaouoc.yaml declares used outside the repository', () => {
    const dir = exampleRepo(['2024/bao-cao-quy-3-cd-bo-khdt.yaml', '2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    expect(gaps(dir).gaps).toEqual(['2024/cham-diem-cd-bo-khdt.yaml:8:9 06/CĐBKHĐT 04–05']);
    const config = read(dir, 'giaouoc.yaml');
    const declare = (numbers: string, issuer = 'cd-bo-khdt') =>
      writeFileSync(`${dir}/giaouoc.yaml`, `${config}\noutsideNumbers:\n  - issuer: ${issuer}\n    year: 2024\n    numbers: ${numbers}\n    note: Văn bản mật, lưu tại văn thư\n`);
    declare('[4]');
    expect(gaps(dir).gaps).toEqual(['2024/cham-diem-cd-bo-khdt.yaml:8:9 06/CĐBKHĐT 05']);
    declare('["4-5"]');
    expect(gaps(dir)).toEqual({ code: 0, gaps: [] });
    // cap-so gives neither a declared number nor one below it again.
    expect(runCli(['cap-so', '2024/bao-cao-quy-3-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) }).stdout).toContain('07/BC-CĐBKHĐT');
    // A declared number a document also carries is a repeat; a reversed range and an unknown issuer are refused.
    declare('["4-7"]');
    expect(runCli(['validate', '--quiet'], { cwd: dir, env: envFor(dir) }).stdout).toContain('2024/bao-cao-quy-3-cd-bo-khdt.yaml:8:9 lỗi số “07/BC-CĐBKHĐT” năm 2024 của CĐBKHĐT được khai báo trong “outsideNumbers”');
    declare('["7-4"]');
    const reversed = runCli(['validate', '--quiet', 'giaouoc.yaml'], { cwd: dir, env: envFor(dir) });
    expect(reversed.code).toBe(1);
    expect(reversed.stdout).toMatch(/^giaouoc.yaml:\d+:\d+ lỗi khoảng số “7-4” không hợp lệ; hãy viết số nhỏ trước/m);
    declare('[4]', 'cd-bo-khdtt');
    expect(runCli(['validate', '--quiet', 'giaouoc.yaml'], { cwd: dir, env: envFor(dir) }).stdout).toMatch(/lỗi không có đơn vị hay khối thi đua mã “cd-bo-khdtt” trong giaouoc.yaml \(có phải “cd-bo-khdt”\?\)/);
    declare('["4-5"]');
    const en = runCli(['validate', '--quiet', '--lang', 'en'], { cwd: dir, env: envFor(dir) });
    expect(en.code).toBe(0);
  });

  it('is one sentence with the place and the fix through the binary, in English on request', () => {
    const dir = exampleRepo(['2024/bao-cao-quy-4-cd-bo-khdt.yaml']);
    const en = runCli(['validate', '--quiet', '--lang', 'en'], { cwd: dir, env: envFor(dir) });
    expect(en.code).toBe(1);
    expect(en.stdout).toContain('2024/cham-diem-cd-bo-khdt.yaml:8:9 error before “06/CĐBKHĐT”, number 05 of CĐBKHĐT in 2024 is skipped: no document of the repository carries it, `giaouoc number` never gave it, and giaouoc.yaml does not declare it used outside the repository; renumber with `giaouoc number`, or, if it went to a document not kept here (a classified one), declare it under “outsideNumbers” in giaouoc.yaml [number-gap]');
  });
});

describe('validate --against', () => {
  it('catches two branches that each took the same number', () => {
    const dir = exampleRepo(['2024/bao-cao-quy-3-cd-bo-khdt.yaml', '2024/bao-cao-quy-4-cd-bo-khdt.yaml', '2024/cham-diem-cd-bo-khdt.yaml']);
    git(dir, ['checkout', '-qb', 'quy-3']);
    expect(runCli(['cap-so', '2024/bao-cao-quy-3-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) }).stdout).toContain('04/BC-CĐBKHĐT');
    git(dir, ['checkout', '-q', 'main']);
    expect(runCli(['cap-so', '2024/bao-cao-quy-4-cd-bo-khdt.yaml'], { cwd: dir, env: envFor(dir) }).stdout).toContain('04/BC-CĐBKHĐT');
    git(dir, ['checkout', '-q', 'quy-3']);
    // Each branch alone is fine; against the other, the number is taken.
    expect(runCli(['validate'], { cwd: dir, env: envFor(dir) }).code).toBe(0);
    const result = runCli(['validate', '--against', 'main', '--quiet'], { cwd: dir, env: envFor(dir) });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2024/bao-cao-quy-3-cd-bo-khdt.yaml:8:9 lỗi số “04/BC-CĐBKHĐT” đã được dùng trên “main” cho văn bản “2024/bao-cao-quy-4-cd-bo-khdt.yaml”');
    // The documents both branches share are not collisions.
    expect(result.stdout.match(/number-taken-on-ref/g)).toHaveLength(1);
    const missing = runCli(['validate', '--against', 'origin/khong-co'], { cwd: dir, env: envFor(dir) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không có nhánh hay phiên bản “origin/khong-co”');
  });
});
