import { describe, expect, it } from 'vitest';
import { defaultDocumentDate, defaultQuarter, defaultReportDate, defaultYear, lastEndedQuarter, moveDateToYear } from '../../src/scaffold/dates.js';

describe('defaults for a new document', () => {
  it('drafts a compact for the next year from October on, a plan from December, everything else for the current year', () => {
    expect(defaultYear('compact', new Date(2025, 8, 30))).toBe(2025);
    expect(defaultYear('compact', new Date(2025, 9, 1))).toBe(2026);
    expect(defaultYear('scoring-table', new Date(2025, 9, 1))).toBe(2026);
    expect(defaultYear('plan', new Date(2025, 10, 30))).toBe(2025);
    expect(defaultYear('plan', new Date(2025, 11, 1))).toBe(2026);
    expect(defaultYear('plan', new Date(2026, 0, 5))).toBe(2026);
    expect(defaultYear('document', new Date(2025, 11, 20))).toBe(2025);
  });

  it('reports on the last ended quarter, which in the first quarter is last year’s fourth', () => {
    expect(lastEndedQuarter(new Date(2025, 1, 10))).toEqual({ year: 2024, quarter: 4 });
    expect(lastEndedQuarter(new Date(2025, 3, 1))).toEqual({ year: 2025, quarter: 1 });
    expect(lastEndedQuarter(new Date(2025, 11, 31))).toEqual({ year: 2025, quarter: 3 });
    expect(defaultYear('report', new Date(2025, 1, 10))).toBe(2024);
    expect(defaultQuarter(2025, new Date(2025, 7, 1))).toBe(2);
    expect(defaultQuarter(2023, new Date(2025, 7, 1))).toBe(4);
    expect(defaultQuarter(2026, new Date(2025, 7, 1))).toBe(1);
  });

  it('dates a document today within its year, otherwise early in that year', () => {
    expect(defaultDocumentDate(2025, new Date(2025, 2, 4))).toBe('2025-03-04');
    expect(defaultDocumentDate(2026, new Date(2025, 9, 15))).toBe('2026-01-02');
  });

  it('dates a report today near the end of its quarter, otherwise on the quarter’s last day', () => {
    expect(defaultReportDate(2025, 1, new Date(2025, 3, 10))).toBe('2025-04-10');
    expect(defaultReportDate(2025, 1, new Date(2025, 7, 10))).toBe('2025-03-31');
    expect(defaultReportDate(2024, 4, new Date(2025, 0, 8))).toBe('2025-01-08');
    expect(defaultReportDate(2024, 2, new Date(2025, 0, 8))).toBe('2024-06-30');
  });

  it('moves a date to another year, keeping day and month', () => {
    expect(moveDateToYear('2024-03-01', 2025)).toBe('2025-03-01');
    expect(moveDateToYear('2024-02-29', 2025)).toBe('2025-02-28');
    expect(moveDateToYear('2023-02-28', 2024)).toBe('2024-02-28');
  });
});
