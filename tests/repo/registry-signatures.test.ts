// A signed document after giaouoc.yaml changes: the signer printed is the one who signed, a renamed id keeps its
// signatures, and a party removed after signing has a genuine signature that is not needed, never an invalid one.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { CompactDocument, RepositoryConfig } from '../../src/kinds/model.js';
import { buildViewModel } from '../../src/render/view-model/index.js';
import { signatureStates } from '../../src/repo/signature-states.js';
import { inspectSignatures } from '../../src/repo/verify.js';
import { COMPACT, PARTIES, claimSignature, createDocumentRepo, digestOf, type DocumentRepo } from './support/document-repo.js';

let repo: DocumentRepo;

beforeAll(async () => {
  repo = await createDocumentRepo();
  for (const unit of PARTIES) await repo.sign(unit);
}, 120_000);
afterAll(() => repo?.fixture.cleanup());

async function printedCells() {
  const file = join(repo.root, COMPACT);
  const state = (await signatureStates(repo.root, [file], repo.env())).get(file)!;
  const config = parse(await readFile(join(repo.root, 'giaouoc.yaml'), 'utf8')) as RepositoryConfig;
  const document = parse(await readFile(file, 'utf8')) as CompactDocument;
  const view = buildViewModel({ document, config, sourceFile: COMPACT, signatures: state });
  return { state, cells: new Map(view.signatures.cells.map((cell) => [cell.unitId, cell])) };
}

describe('a compact signed by its nine parties, then the registry changes', () => {
  test('a new chair added to giaouoc.yaml without dates: the one who signed is still printed, with the title he signed as', async () => {
    await repo.edit('giaouoc.yaml', (text) =>
      text.replace('    signatories:\n      - name: Hà Quốc Trung', '    signatories:\n      - name: Trần Văn Mới\n        title: Chủ tịch\n        authority: TM. BAN CHẤP HÀNH\n      - name: Hà Quốc Trung'),
    'Thêm Chủ tịch mới của Công đoàn Bộ KH&CN');
    const { state, cells } = await printedCells();
    expect(state.complete).toBe(true);
    expect(state.parties['cd-bo-khcn'].signer).toEqual({ name: 'Hà Quốc Trung', title: 'Chủ tịch', authority: 'TM. BAN CHẤP HÀNH' });
    expect(cells.get('cd-bo-khcn')).toMatchObject({ name: 'Hà Quốc Trung', title: 'CHỦ TỊCH', authority: 'TM. BAN CHẤP HÀNH', signed: true });
    expect([...cells.values()].some((cell) => cell.name === 'Trần Văn Mới')).toBe(false);
  }, 60_000);

  test('a unit id renamed, the old id kept as a former id: every signature stays valid', async () => {
    await repo.edit('giaouoc.yaml', (text) => text.replace('  - id: cd-bo-tu-phap\n', '  - id: cd-tu-phap\n    formerIds: [cd-bo-tu-phap]\n'), 'Đổi mã đơn vị Công đoàn Bộ Tư pháp');
    const report = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env: repo.env() });
    expect(report.documents[0].parties.map((party) => [party.unit, party.status])).toEqual(PARTIES.map((unit) => [unit, 'valid']));
    expect(report.documents[0].state).toBe('signed');
  }, 60_000);

  test('a party removed from the compact after it signed: its genuine signature is not reported invalid', async () => {
    await repo.edit(COMPACT, (text) => text.replace('  - cd-bo-tai-chinh\n', ''), 'Bỏ Công đoàn Bộ Tài chính khỏi giao ước');
    const report = await inspectSignatures({ cwd: repo.root, paths: [COMPACT], env: repo.env() });
    const [doc] = report.documents;
    expect(doc.parties.map((party) => party.unit)).not.toContain('cd-bo-tai-chinh');
    expect(doc.parties.every((party) => party.status === 'stale')).toBe(true);
    expect(doc.others).toEqual([]);
    expect(doc.state).toBe('resign');
  }, 60_000);
});

describe("a bloc's document: the leader of the registry at signing decides who was a party", () => {
  const TABLE = '2024/bang-diem-khoi-thi-dua-1.yaml';
  let blocRepo: DocumentRepo;

  beforeAll(async () => {
    blocRepo = await createDocumentRepo(['cd-bo-khcn', 'cd-bo-ngoai-giao']);
    const examples = join(import.meta.dirname, '..', '..', 'examples');
    await blocRepo.fixture.commit({ message: 'Bảng điểm thi đua 2024', files: { [TABLE]: await readFile(join(examples, TABLE), 'utf8') } });
  }, 120_000);
  afterAll(() => blocRepo?.fixture.cleanup());

  test('the leader signs; a member that was not the leader claims to sign too; then the registry names another leader', async () => {
    await blocRepo.sign('cd-bo-khcn', { file: TABLE });
    await claimSignature(blocRepo, { document: TABLE, party: 'cd-bo-ngoai-giao', digest: await digestOf(blocRepo, TABLE), signer: 'Nguyễn Quang Huy' }, blocRepo.keys.get('cd-bo-ngoai-giao'));
    const before = (await inspectSignatures({ cwd: blocRepo.root, paths: [TABLE], env: blocRepo.env() })).documents[0];
    expect(before.parties.map((party) => [party.unit, party.status])).toEqual([['cd-bo-khcn', 'valid']]);
    expect(before.others.map((party) => [party.unit, party.problem?.code])).toEqual([['cd-bo-ngoai-giao', 'not-a-party']]);

    await blocRepo.edit('giaouoc.yaml', (text) => text.replace('        leader: cd-bo-khcn\n', '        leader: cd-bo-ngoai-giao\n'), 'Sửa Khối trưởng năm 2024');
    const after = (await inspectSignatures({ cwd: blocRepo.root, paths: [TABLE], env: blocRepo.env() })).documents[0];
    // Today's leader has not signed: its earlier claim was made when it was no party, and stays invalid.
    expect(after.parties.map((party) => [party.unit, party.status, party.problem?.code])).toEqual([['cd-bo-ngoai-giao', 'invalid', 'not-a-party']]);
    // The former leader's genuine signature is no longer needed, and is not called invalid.
    expect(after.others).toEqual([]);
    expect(after.state).toBe('resign');
  }, 60_000);
});
