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
import type { KindName } from '../../kinds/model.js';
import { kindNamed } from '../../kinds/registry.js';

export type * from './types.js';

export function buildViewModel(input: RenderInput, profile: LayoutProfile = defaultProfile): DocumentView {
  return withLayout(withEndMark(buildBodyView(input, profile)), profile);
}

type DocumentOf<K extends KindName> = Extract<RenderInput['document'], { kind: K }>;
type Builder<K extends KindName> = (doc: DocumentOf<K>, input: RenderInput, registry: Registry, profile: LayoutProfile) => DocumentView;

/** One view builder per kind: the table must name every kind of the registry, or the build fails. */
const BUILDERS: { [K in KindName]: Builder<K> } = {
  compact: (doc, input, registry, profile) => buildCompactView(doc, registry, profile, input.signatures),
  plan: (doc, input, registry) => buildPlanView(doc, registry, input.signatures),
  report: (doc, input, registry) => buildReportView(doc, registry, input.plan, input.signatures),
  'scoring-table': (doc, input, registry) => buildScoringTableView(doc, registry, input.signatures),
  'score-sheet': (doc, input, registry) => buildScoreSheetView(doc, input.scoringTable, registry, input.signatures),
  document: (doc, input, registry) => buildGeneralView(doc, registry, input.signatures),
};

function buildBodyView(input: RenderInput, profile: LayoutProfile): DocumentView {
  const doc = input.document;
  const registry = new Registry(input.config, documentDate(doc));
  const build = BUILDERS[doc.kind] as Builder<KindName>;
  return build(doc as DocumentOf<KindName>, input, registry, profile);
}

/** The subject a document prints with, without building its whole view (the outgoing register lists thousands). */
export function printedSubject(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.subject === 'string') return doc.subject;
  // A quarterly report without a subject prints its quarter's.
  if (kindNamed(doc.kind)?.quarterly && typeof doc.quarter === 'number' && typeof doc.year === 'number') return defaultReportSubject(doc.quarter, doc.year);
  return undefined;
}
