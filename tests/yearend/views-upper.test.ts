// Year-end drafts name the bloc's own upper union and place, and cite a compact only when the bloc signed one.
import { describe, expect, it } from 'vitest';
import type { RepositoryConfig, ScoringTableDocument } from '../../src/kinds/model.js';
import type { BlocScores } from '../../src/yearend/bloc-scores.js';
import { awardProposalView, rankingView } from '../../src/yearend/views.js';

const config: RepositoryConfig = {
  place: 'Hà Nội',
  units: [
    { id: 'ldld-quan-1', name: 'Liên đoàn Lao động Quận 1' },
    { id: 'cd-phuong-ben-nghe', name: 'Công đoàn phường Bến Nghé', upper: 'ldld-quan-1' },
  ],
  blocs: [{ id: 'cum-1', name: 'Cụm thi đua số 1', upper: 'ldld-quan-1', years: [{ year: 2025, members: ['cd-phuong-ben-nghe'], leader: 'cd-phuong-ben-nghe' }] }],
};
const table = { kind: 'scoring-table', year: 2025, issuer: 'cum-1', date: '2025-03-01', place: 'Thành phố Hồ Chí Minh', scale: 100, groups: [] } as ScoringTableDocument;
const scores: BlocScores = { year: 2025, bloc: 'cum-1', table, ranking: [], proposals: [], flags: [] };

describe('year-end drafts of a bloc outside the ministries', () => {
  it('report to the bloc’s own upper union, dated where the scoring table was issued', () => {
    const view = rankingView(scores, config, 'cd-phuong-ben-nghe', {});
    expect(view.recipients[0]!.text).toBe('- Liên đoàn Lao động Quận 1 (để b/c);');
    expect(view.header.dateLine).toBe('Thành phố Hồ Chí Minh, ngày … tháng … năm 2025');
    expect(JSON.stringify(view)).not.toContain('Viên chức');
  });

  it('cite the compact only when there is one', () => {
    expect(awardProposalView(scores, config, 'cd-phuong-ben-nghe', {}, false).bases[0]!.text).toBe('Căn cứ Bảng điểm thi đua của Cụm thi đua số 1;');
    expect(awardProposalView(scores, config, 'cd-phuong-ben-nghe', {}, true).bases[0]!.text).toContain('Giao ước thi đua năm 2025');
  });
});

describe('the award proposal’s number, left for the văn thư', () => {
  it('carries the code the bloc’s papers are numbered under: the Khối trưởng’s, or the type code alone without one', () => {
    const blank = '\u00a0'.repeat(8);
    expect(awardProposalView(scores, config, 'cd-phuong-ben-nghe', {}, false).header.number).toBe(`Số:${blank}/TTr`);
    const coded = { ...config, units: config.units.map((unit) => (unit.id === 'cd-phuong-ben-nghe' ? { ...unit, code: 'CĐPBN' } : unit)) };
    expect(awardProposalView(scores, coded, 'cd-phuong-ben-nghe', {}, false).header.number).toBe(`Số:${blank}/TTr-CĐPBN`);
  });
});

describe('summary of a union that reported without a plan', () => {
  it('shows what its reports say instead of 0/0', async () => {
    const { summarizeUnit } = await import('../../src/yearend/summary.js');
    const report = {
      kind: 'report', year: 2025, issuer: 'cd-phuong-ben-nghe', date: '2025-04-05', quarter: 1,
      results: [{ name: 'Công tác tuyên giáo', tasks: [{ task: 'hoi-thi', status: 'hoàn thành' }, { task: 'toa-dam', status: 'đang thực hiện' }] }],
      focus: [],
    } as const;
    const summary = summarizeUnit({ unit: 'cd-phuong-ben-nghe', reports: [report as never] });
    expect(summary.domains).toEqual([expect.objectContaining({ name: 'Công tác tuyên giáo', done: 1 })]);
    expect([summary.tasksDone, summary.tasksTotal]).toEqual([1, 2]);
  });
});
