// Document + giaouoc.yaml + signature state → the view object the templates read. Pure and deterministic.
import { documentDate } from '../../domain/period.js';
import { defaultProfile, type LayoutProfile } from '../profile.js';
import { buildCompactView } from './compact.js';
import { buildGeneralView } from './document.js';
import { buildPlanView } from './plan.js';
import { withEndMark } from './end-mark.js';
import { withLayout } from './layout.js';
import { Registry } from './registry.js';
import { buildReportView, defaultReportSubject } from './report.js';
import { buildScoreSheetView } from './score-sheet.js';
import { buildScoringTableView } from './scoring-table.js';
import type { DocumentView, RenderInput } from './types.js';

export type * from './types.js';

export function buildViewModel(input: RenderInput, profile: LayoutProfile = defaultProfile): DocumentView {
  return withLayout(withEndMark(buildBodyView(input, profile)), profile);
}

function buildBodyView(input: RenderInput, profile: LayoutProfile): DocumentView {
  const doc = input.document;
  const registry = new Registry(input.config, documentDate(doc));
  switch (doc.kind) {
    case 'compact':
      return buildCompactView(doc, registry, profile, input.signatures);
    case 'plan':
      return buildPlanView(doc, registry, input.signatures);
    case 'report':
      return buildReportView(doc, registry, input.plan, input.signatures);
    case 'scoring-table':
      return buildScoringTableView(doc, registry, input.signatures);
    case 'score-sheet':
      return buildScoreSheetView(doc, input.scoringTable, registry, input.signatures);
    case 'document':
      return buildGeneralView(doc, registry, input.signatures);
  }
}

/** The subject a document prints with, without building its whole view (the outgoing register lists thousands). */
export function printedSubject(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.subject === 'string') return doc.subject;
  if (doc.kind === 'report' && typeof doc.quarter === 'number' && typeof doc.year === 'number') return defaultReportSubject(doc.quarter, doc.year);
  return undefined;
}
